import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureNetwork } from '../testing/fixtures.js';
import { rule } from './gcp-compute-network-not-default.js';

const network = (name: string) =>
  assetOf('gcp.compute.network', secureNetwork, {
    name,
    uid: `//compute.googleapis.com/projects/acme-prod/global/networks/${name}`,
    account: 'acme-prod',
    region: 'global',
  });

runRuleTests(rule, {
  valid: [network('prod-vpc')],
  invalid: [
    {
      asset: network('default'),
      messageId: 'isDefault',
      message: 'Project acme-prod still has the default network',
    },
  ],
  unknown: [],
  neverUnknown: 'the rule reads only the network name, which every source gives',
});
