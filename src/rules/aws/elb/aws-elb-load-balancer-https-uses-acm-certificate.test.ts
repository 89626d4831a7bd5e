import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicLoadBalancer } from '../testing/db-fixtures.js';
import { rule } from './aws-elb-load-balancer-https-uses-acm-certificate.js';

const base: typeof secureClassicLoadBalancer = secureClassicLoadBalancer;
const a = (config: Partial<typeof secureClassicLoadBalancer>) =>
  assetOf('aws.elb.load-balancer', { ...base, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({
        listeners: [
          {
            protocol: 'SSL',
            loadBalancerPort: 443,
            instanceProtocol: 'TCP',
            instancePort: 8080,
            sslCertificateId: 'arn:aws:iam::111122223333:server-certificate/old',
          },
        ],
      }),
      messageId: 'iam',
      message: 'Classic Load Balancer legacy serves TLS on SSL:443 with a certificate not issued by ACM',
    },
  ],
  unknown: [{ asset: a({ listeners: unknown('not recorded') }), field: 'listeners' }],
  notApplicable: [
    a({
      listeners: [
        {
          protocol: 'HTTP',
          loadBalancerPort: 80,
          instanceProtocol: 'HTTP',
          instancePort: 8080,
          sslCertificateId: null,
        },
      ],
    }),
  ],
});
