import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureVirtualNetwork } from '../testing/fixtures.js';
import { rule } from './azure-network-vnet-ddos-protection-enabled.js';

const subject = (config: Partial<typeof secureVirtualNetwork>) =>
  assetOf('azure.network.virtual-network', { ...secureVirtualNetwork, ...config }, { name: 'vnet-prod' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ ddosProtectionEnabled: null }), messageId: 'off' }],
  unknown: [{ asset: subject({ ddosProtectionEnabled: unknown('x') }), field: 'ddosProtectionEnabled' }],
});
