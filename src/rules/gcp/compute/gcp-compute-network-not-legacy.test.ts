import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureNetwork } from '../testing/fixtures.js';
import { rule } from './gcp-compute-network-not-legacy.js';

const network = (config: Partial<typeof secureNetwork>) =>
  assetOf(
    'gcp.compute.network',
    { ...secureNetwork, ...config },
    {
      name: 'old-net',
      uid: '//compute.googleapis.com/projects/acme-prod/global/networks/old-net',
      region: 'global',
    },
  );

runRuleTests(rule, {
  valid: [network({}), { name: 'auto mode network', asset: network({ autoCreateSubnetworks: true }) }],
  invalid: [
    {
      asset: network({ legacy: true }),
      messageId: 'legacy',
      message: 'Network old-net is a legacy (non-subnet) network',
    },
  ],
  unknown: [{ asset: network({ legacy: unknown('the CAI record has no resource data') }), field: 'legacy' }],
});
