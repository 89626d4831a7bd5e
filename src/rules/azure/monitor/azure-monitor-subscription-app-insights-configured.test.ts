import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { SUBSCRIPTION_UID, subscriptionConfig } from '../testing/fixtures.js';
import { rule } from './azure-monitor-subscription-app-insights-configured.js';

const sub = assetOf('azure.subscription', subscriptionConfig, { uid: SUBSCRIPTION_UID, name: 'Production' });
const component = assetOf(
  'azure.monitor.app-insights',
  { applicationType: 'web', workspaceResourceId: null },
  { name: 'appi-orders' },
);

runRuleTests(rule, {
  valid: [{ asset: sub, related: [component] }],
  invalid: [{ asset: sub, complete: ['azure.monitor.app-insights'], messageId: 'none' }],
  unknown: [{ name: 'resources not listed completely', asset: sub }],
});
