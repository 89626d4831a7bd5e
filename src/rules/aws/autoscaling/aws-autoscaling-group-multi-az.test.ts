import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAutoScalingGroup } from '../testing/edge-fixtures.js';
import { rule } from './aws-autoscaling-group-multi-az.js';

const group = (c: Partial<typeof secureAutoScalingGroup>) =>
  assetOf('aws.autoscaling.group', { ...secureAutoScalingGroup, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [group({})],
  invalid: [
    {
      asset: group({ availabilityZones: ['us-east-1a'] }),
      messageId: 'single',
      message: 'Auto Scaling group web runs in only us-east-1a',
    },
  ],
  unknown: [{ asset: group({ availabilityZones: unknown('not recorded') }), field: 'availabilityZones' }],
});
