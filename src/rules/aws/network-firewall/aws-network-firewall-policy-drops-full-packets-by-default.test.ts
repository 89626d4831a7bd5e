import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewallPolicy } from '../testing/firewall-fixtures.js';
import { rule } from './aws-network-firewall-policy-drops-full-packets-by-default.js';

const make = (config: Partial<typeof secureFirewallPolicy>) =>
  assetOf('aws.network-firewall.firewall-policy', { ...secureFirewallPolicy, ...config }, { name: 'egress' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ statelessDefaultActions: ['aws:pass'] }),
      messageId: 'pass',
      message:
        'Network Firewall policy egress passes full packets that match no stateless rule (aws:pass) without inspection',
    },
  ],
  unknown: [
    { asset: make({ statelessDefaultActions: unknown('not recorded') }), field: 'statelessDefaultActions' },
  ],
});
