import { unknown } from '../../../model/unknown.js';
import { runRuleTests } from '../../testing/tester.js';
import { alarmAsset } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-actions-enabled.js';

runRuleTests(rule, {
  valid: [alarmAsset(), alarmAsset({ alarmActions: [] })],
  invalid: [
    {
      asset: alarmAsset({ actionsEnabled: false }),
      messageId: 'disabled',
      message: 'CloudWatch alarm cis-alarm has its actions disabled',
    },
  ],
  unknown: [
    {
      asset: alarmAsset({ actionsEnabled: unknown('the record has no actionsEnabled') }),
      field: 'actionsEnabled',
    },
  ],
});
