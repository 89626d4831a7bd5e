import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { diagnosticSetting, subscriptionConfig } from '../testing/fixtures.js';
import { rule } from './azure-monitor-subscription-activity-log-categories.js';

const subject = (config: Partial<typeof subscriptionConfig>) =>
  assetOf('azure.subscription', { ...subscriptionConfig, ...config }, { name: 'Production' });

runRuleTests(rule, {
  valid: [subject({}), subject({ activityLogDiagnosticSettings: [diagnosticSetting(['allLogs'])] })],
  invalid: [
    {
      asset: subject({ activityLogDiagnosticSettings: [diagnosticSetting(['Administrative'])] }),
      messageId: 'missing',
    },
    { asset: subject({ activityLogDiagnosticSettings: [] }), messageId: 'missing' },
  ],
  unknown: [
    {
      asset: subject({ activityLogDiagnosticSettings: unknown('x') }),
      field: 'activityLogDiagnosticSettings',
    },
  ],
});
