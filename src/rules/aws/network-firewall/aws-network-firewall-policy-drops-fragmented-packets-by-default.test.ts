import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewallPolicy } from '../testing/firewall-fixtures.js';
import { rule } from './aws-network-firewall-policy-drops-fragmented-packets-by-default.js';

const make = (config: Partial<typeof secureFirewallPolicy>) =>
  assetOf('aws.network-firewall.firewall-policy', { ...secureFirewallPolicy, ...config }, { name: 'egress' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ statelessFragmentDefaultActions: ['aws:pass'] }),
      messageId: 'pass',
      message:
        'Network Firewall policy egress passes fragmented packets that match no stateless rule (aws:pass) without inspection',
    },
  ],
  unknown: [
    {
      asset: make({ statelessFragmentDefaultActions: unknown('not recorded') }),
      field: 'statelessFragmentDefaultActions',
    },
  ],
});
