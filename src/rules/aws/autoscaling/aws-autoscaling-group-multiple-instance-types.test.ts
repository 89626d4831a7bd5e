import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAutoScalingGroup } from '../testing/edge-fixtures.js';
import { rule } from './aws-autoscaling-group-multiple-instance-types.js';

const group = (c: Partial<typeof secureAutoScalingGroup>) =>
  assetOf('aws.autoscaling.group', { ...secureAutoScalingGroup, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [group({})],
  invalid: [
    {
      name: 'no mixed instances policy',
      asset: group({ mixedInstanceTypes: null }),
      messageId: 'oneType',
      message: 'Auto Scaling group web can launch only one instance type',
    },
    {
      asset: group({ availabilityZones: ['us-east-1a'] }),
      messageId: 'oneZone',
      message: 'Auto Scaling group web uses several instance types but runs in only us-east-1a',
    },
  ],
  unknown: [{ asset: group({ mixedInstanceTypes: unknown('not recorded') }), field: 'mixedInstanceTypes' }],
});
