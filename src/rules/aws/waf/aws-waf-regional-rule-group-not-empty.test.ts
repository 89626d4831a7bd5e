import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicRuleGroup } from '../testing/firewall-fixtures.js';
import { rule } from './aws-waf-regional-rule-group-not-empty.js';

const make = (config: Partial<typeof secureClassicRuleGroup>) =>
  assetOf('aws.waf-regional.rule-group', { ...secureClassicRuleGroup, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ ruleCount: 0 }),
      messageId: 'empty',
      message: 'WAF Classic regional rule group legacy has no rules',
    },
  ],
  unknown: [{ asset: make({ ruleCount: unknown('not recorded') }), field: 'ruleCount' }],
});
