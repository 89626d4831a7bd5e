import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLoadBalancer } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-load-balancer-waf-web-acl-attached.js';

const lb = (config: Partial<typeof secureLoadBalancer>) =>
  assetOf('aws.elbv2.load-balancer', { ...secureLoadBalancer, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [lb({})],
  invalid: [
    {
      asset: lb({ wafWebAclArn: null }),
      messageId: 'none',
      message: 'Application Load Balancer web is not associated with a WAF web ACL',
    },
  ],
  unknown: [{ asset: lb({ wafWebAclArn: unknown('not recorded') }), field: 'wafWebAclArn' }],
  notApplicable: [lb({ lbType: 'network', wafWebAclArn: null })],
});
