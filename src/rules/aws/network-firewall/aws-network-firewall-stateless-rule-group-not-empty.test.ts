import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStatelessRuleGroup } from '../testing/firewall-fixtures.js';
import { rule } from './aws-network-firewall-stateless-rule-group-not-empty.js';

const make = (config: Partial<typeof secureStatelessRuleGroup>) =>
  assetOf(
    'aws.network-firewall.rule-group',
    { ...secureStatelessRuleGroup, ...config },
    { name: 'block-list' },
  );

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ statelessRuleCount: 0 }),
      messageId: 'empty',
      message: 'Network Firewall stateless rule group block-list has no rules',
    },
  ],
  unknown: [{ asset: make({ statelessRuleCount: unknown('not recorded') }), field: 'statelessRuleCount' }],
});
