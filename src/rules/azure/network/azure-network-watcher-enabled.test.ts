import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureVirtualNetwork } from '../testing/fixtures.js';
import { rule } from './azure-network-watcher-enabled.js';

const vnet = assetOf('azure.network.virtual-network', secureVirtualNetwork, {
  name: 'vnet-prod',
  region: 'westeurope',
});
const watcher = (region: string) =>
  assetOf(
    'azure.network.network-watcher',
    { provisioningState: 'Succeeded' },
    { name: `NetworkWatcher_${region}`, region },
  );

runRuleTests(rule, {
  valid: [{ asset: vnet, related: [watcher('westeurope')] }],
  invalid: [
    {
      name: 'the inventory is complete and has no watcher in the region',
      asset: vnet,
      related: [watcher('northeurope')],
      complete: ['azure.network.network-watcher'],
      messageId: 'none',
      message:
        'Virtual network vnet-prod is in region westeurope, where the subscription has no Network Watcher',
    },
  ],
  unknown: [
    {
      name: 'watchers seen only in another region, inventory not complete',
      asset: vnet,
      related: [watcher('northeurope')],
    },
  ],
});
