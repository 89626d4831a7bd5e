import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewallPolicy } from '../testing/firewall-fixtures.js';
import { rule } from './aws-network-firewall-policy-has-rule-group.js';

const make = (config: Partial<typeof secureFirewallPolicy>) =>
  assetOf('aws.network-firewall.firewall-policy', { ...secureFirewallPolicy, ...config }, { name: 'egress' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ ruleGroupCount: 0 }),
      messageId: 'empty',
      message: 'Network Firewall policy egress references no stateless or stateful rule group',
    },
  ],
  unknown: [{ asset: make({ ruleGroupCount: unknown('not recorded') }), field: 'ruleGroupCount' }],
});
