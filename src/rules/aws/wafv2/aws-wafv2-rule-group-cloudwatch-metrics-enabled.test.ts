import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWafv2RuleGroup } from '../testing/firewall-fixtures.js';
import { rule } from './aws-wafv2-rule-group-cloudwatch-metrics-enabled.js';

const group = (config: Partial<typeof secureWafv2RuleGroup>) =>
  assetOf('aws.wafv2.rule-group', { ...secureWafv2RuleGroup, ...config }, { name: 'bots' });

runRuleTests(rule, {
  valid: [group({})],
  invalid: [
    {
      asset: group({ cloudWatchMetricsEnabled: false }),
      messageId: 'off',
      message: 'WAFv2 rule group bots does not send CloudWatch metrics for the group',
    },
    {
      asset: group({
        rules: [
          { name: 'a', cloudWatchMetricsEnabled: true },
          { name: 'b', cloudWatchMetricsEnabled: false },
        ],
      }),
      messageId: 'off',
      message: 'WAFv2 rule group bots does not send CloudWatch metrics for rule(s) b',
    },
  ],
  unknown: [
    {
      asset: group({ cloudWatchMetricsEnabled: unknown('not recorded') }),
      field: 'cloudWatchMetricsEnabled',
    },
    { asset: group({ rules: [{ name: 'a', cloudWatchMetricsEnabled: null }] }), field: 'rules' },
  ],
  notApplicable: [group({ rules: [], cloudWatchMetricsEnabled: false })],
});
