/** Subscriptions export their activity log. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-monitor-subscription-activity-log-exported',
  title: 'Subscriptions export their activity log',
  description:
    'The activity log records every control-plane change for 90 days only. A diagnostic setting that sends it to Log Analytics, storage or an event hub keeps it for investigation and alerting.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.subscription'],
  messages: {
    none: 'Subscription {{name}} does not export its activity log (no diagnostic setting)',
  },
  remediation: {
    text: 'Create a subscription diagnostic setting sending the activity log to a Log Analytics workspace.',
    cli: 'az monitor diagnostic-settings subscription create --name activity-to-law --location <region> --workspace <workspace-id> --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true}]\'',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log'],
  check(a, ctx) {
    const settings = need(a.config, 'activityLogDiagnosticSettings');
    return settings.length > 0
      ? ctx.pass({ settings: settings.map((s) => s.name) })
      : ctx.fail('none', { name: a.name });
  },
});
