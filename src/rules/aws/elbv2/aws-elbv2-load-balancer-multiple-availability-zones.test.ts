import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLoadBalancer } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-load-balancer-multiple-availability-zones.js';

const base: typeof secureLoadBalancer = secureLoadBalancer;
const a = (config: Partial<typeof secureLoadBalancer>) =>
  assetOf('aws.elbv2.load-balancer', { ...base, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ availabilityZones: ['us-east-1a'] }),
      messageId: 'single',
      message: 'Load balancer web is in 1 Availability Zone(s) (at least 2 expected)',
    },
  ],
  unknown: [{ asset: a({ availabilityZones: unknown('not recorded') }), field: 'availabilityZones' }],
});
