import { unknown } from '../../../model/unknown.js';
import type { ClassicListener } from '../../../inventory/aws/elb.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicLoadBalancer } from '../testing/db-fixtures.js';
import { rule } from './aws-elb-load-balancer-listeners-use-tls.js';

const base: typeof secureClassicLoadBalancer = secureClassicLoadBalancer;
const a = (config: Partial<typeof secureClassicLoadBalancer>) =>
  assetOf('aws.elb.load-balancer', { ...base, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({
        listeners: [
          ...(secureClassicLoadBalancer.listeners as ClassicListener[]),
          {
            protocol: 'HTTP',
            loadBalancerPort: 80,
            instanceProtocol: 'HTTP',
            instancePort: 8080,
            sslCertificateId: null,
          },
        ],
      }),
      messageId: 'plain',
      message: 'Classic Load Balancer legacy has plaintext listener(s) on HTTP:80',
    },
  ],
  unknown: [{ asset: a({ listeners: unknown('not recorded') }), field: 'listeners' }],
});
