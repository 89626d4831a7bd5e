import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLoadBalancer } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-load-balancer-deletion-protection-enabled.js';

const lb = (config: Partial<typeof secureLoadBalancer>) =>
  assetOf('aws.elbv2.load-balancer', { ...secureLoadBalancer, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [lb({})],
  invalid: [
    {
      asset: lb({ deletionProtection: false }),
      messageId: 'off',
      message: 'Load balancer web can be deleted without first turning off deletion protection',
    },
  ],
  unknown: [{ asset: lb({ deletionProtection: unknown('not recorded') }), field: 'deletionProtection' }],
});
