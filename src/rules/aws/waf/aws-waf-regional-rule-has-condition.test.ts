import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicRule } from '../testing/firewall-fixtures.js';
import { rule } from './aws-waf-regional-rule-has-condition.js';

const make = (config: Partial<typeof secureClassicRule>) =>
  assetOf('aws.waf-regional.rule', { ...secureClassicRule, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ conditionCount: 0 }),
      messageId: 'empty',
      message: 'WAF Classic regional rule legacy has no conditions, so it matches nothing',
    },
  ],
  unknown: [{ asset: make({ conditionCount: unknown('not recorded') }), field: 'conditionCount' }],
});
