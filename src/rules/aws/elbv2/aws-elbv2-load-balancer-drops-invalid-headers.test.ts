import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLoadBalancer } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-load-balancer-drops-invalid-headers.js';

const lb = (config: Partial<typeof secureLoadBalancer>) =>
  assetOf('aws.elbv2.load-balancer', { ...secureLoadBalancer, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [lb({})],
  invalid: [
    {
      asset: lb({ dropInvalidHeaderFields: false }),
      messageId: 'kept',
      message: 'Application Load Balancer web forwards invalid HTTP header fields to its targets',
    },
  ],
  unknown: [
    { asset: lb({ dropInvalidHeaderFields: unknown('not recorded') }), field: 'dropInvalidHeaderFields' },
  ],
  notApplicable: [lb({ lbType: 'network', dropInvalidHeaderFields: null })],
});
