import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureVirtualNetwork } from '../testing/fixtures.js';
import { rule } from './azure-network-subnet-nsg-associated.js';

const subject = (config: Partial<typeof secureVirtualNetwork>) =>
  assetOf('azure.network.virtual-network', { ...secureVirtualNetwork, ...config }, { name: 'vnet-prod' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    {
      asset: subject({ subnets: [{ name: 'app', networkSecurityGroupId: null, delegations: [] }] }),
      messageId: 'none',
    },
  ],
  unknown: [{ asset: subject({ subnets: unknown('x') }), field: 'subnets' }],
});
