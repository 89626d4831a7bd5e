/** Activity log export includes the Administrative, Alert, Policy and Security categories. */
import { sendsCategory } from '../../../inventory/azure/monitor.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-monitor-subscription-activity-log-categories',
  title: 'Activity log export includes the Administrative, Alert, Policy and Security categories',
  description:
    'The activity log categories that matter for security are Administrative (every change), Security (Defender alerts), Alert and Policy. A diagnostic setting that leaves one out loses that trail.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.subscription'],
  messages: {
    missing: 'Subscription {{name}} does not export activity log categories {{categories}}',
  },
  remediation: {
    text: 'Enable the Administrative, Alert, Policy and Security categories on the subscription diagnostic setting.',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log-schema'],
  check(a, ctx) {
    const settings = need(a.config, 'activityLogDiagnosticSettings');
    const missing = ['Administrative', 'Alert', 'Policy', 'Security'].filter(
      (c) => !settings.some((s) => sendsCategory(s, c)),
    );
    return missing.length === 0
      ? ctx.pass()
      : ctx.fail('missing', { name: a.name, categories: missing.join(', ') });
  },
});
