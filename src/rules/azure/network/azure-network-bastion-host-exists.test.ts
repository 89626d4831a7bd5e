import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { SUBSCRIPTION_UID, subscriptionConfig } from '../testing/fixtures.js';
import { rule } from './azure-network-bastion-host-exists.js';

const sub = assetOf('azure.subscription', subscriptionConfig, { uid: SUBSCRIPTION_UID, name: 'Production' });
const bastion = assetOf(
  'azure.network.bastion-host',
  { sku: 'Standard' },
  { name: 'bas-hub', region: 'westeurope' },
);

runRuleTests(rule, {
  valid: [{ asset: sub, related: [bastion] }],
  invalid: [
    {
      asset: sub,
      complete: ['azure.network.bastion-host'],
      messageId: 'none',
      message: 'Subscription Production has no Azure Bastion host',
    },
  ],
  unknown: [{ name: 'resources not listed completely', asset: sub }],
});
