import { unknown } from '../../../model/unknown.js';
import { runRuleTests } from '../../testing/tester.js';
import { alarmAsset } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-action-configured.js';

runRuleTests(rule, {
  valid: [alarmAsset(), alarmAsset({ alarmActions: ['arn:aws:automate:us-east-1:ec2:recover'] })],
  invalid: [
    {
      asset: alarmAsset({ alarmActions: [] }),
      messageId: 'none',
      message: 'CloudWatch alarm cis-alarm has no action for the ALARM state',
    },
  ],
  unknown: [{ asset: alarmAsset({ alarmActions: unknown('not recorded') }), field: 'alarmActions' }],
});
