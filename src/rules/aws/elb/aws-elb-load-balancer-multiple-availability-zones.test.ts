import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicLoadBalancer } from '../testing/db-fixtures.js';
import { rule } from './aws-elb-load-balancer-multiple-availability-zones.js';

const base: typeof secureClassicLoadBalancer = secureClassicLoadBalancer;
const a = (config: Partial<typeof secureClassicLoadBalancer>) =>
  assetOf('aws.elb.load-balancer', { ...base, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ availabilityZones: ['us-east-1a'] }),
      messageId: 'single',
      message: 'Classic Load Balancer legacy is in 1 Availability Zone(s) (at least 2 expected)',
    },
  ],
  unknown: [{ asset: a({ availabilityZones: unknown('not recorded') }), field: 'availabilityZones' }],
});
