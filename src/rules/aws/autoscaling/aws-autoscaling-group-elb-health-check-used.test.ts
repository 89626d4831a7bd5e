import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAutoScalingGroup } from '../testing/edge-fixtures.js';
import { rule } from './aws-autoscaling-group-elb-health-check-used.js';

const group = (c: Partial<typeof secureAutoScalingGroup>) =>
  assetOf('aws.autoscaling.group', { ...secureAutoScalingGroup, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [group({}), { name: 'EC2 and ELB', asset: group({ healthCheckType: 'EC2,ELB' }) }],
  invalid: [
    {
      asset: group({ healthCheckType: 'EC2' }),
      messageId: 'ec2Only',
      message: 'Auto Scaling group web is behind a load balancer but uses EC2 health checks',
    },
  ],
  unknown: [
    { asset: group({ healthCheckType: unknown('not recorded') }), field: 'healthCheckType' },
    { asset: group({ targetGroupArns: unknown('not recorded') }), field: 'targetGroupArns' },
  ],
  notApplicable: [group({ healthCheckType: 'EC2', targetGroupArns: [], loadBalancerNames: [] })],
});
