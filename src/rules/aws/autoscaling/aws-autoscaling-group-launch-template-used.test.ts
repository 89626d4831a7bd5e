import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAutoScalingGroup } from '../testing/edge-fixtures.js';
import { rule } from './aws-autoscaling-group-launch-template-used.js';

const group = (c: Partial<typeof secureAutoScalingGroup>) =>
  assetOf('aws.autoscaling.group', { ...secureAutoScalingGroup, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [group({})],
  invalid: [
    {
      asset: group({ launchConfigurationName: 'web-v1', launchTemplate: null }),
      messageId: 'launchConfiguration',
      message: 'Auto Scaling group web launches from launch configuration web-v1',
    },
  ],
  unknown: [
    { asset: group({ launchConfigurationName: unknown('not recorded') }), field: 'launchConfigurationName' },
  ],
});
