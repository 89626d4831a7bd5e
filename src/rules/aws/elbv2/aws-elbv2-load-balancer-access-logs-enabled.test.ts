import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLoadBalancer } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-load-balancer-access-logs-enabled.js';

const lb = (config: Partial<typeof secureLoadBalancer>) =>
  assetOf('aws.elbv2.load-balancer', { ...secureLoadBalancer, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [
    lb({}),
    { name: 'network load balancer', asset: lb({ lbType: 'network', dropInvalidHeaderFields: null }) },
  ],
  invalid: [
    {
      asset: lb({ accessLogsEnabled: false, accessLogsBucket: null }),
      messageId: 'off',
      message: 'Load balancer web has access logging turned off',
    },
  ],
  unknown: [
    { asset: lb({ accessLogsEnabled: unknown('no LoadBalancerAttributes') }), field: 'accessLogsEnabled' },
  ],
  notApplicable: [lb({ lbType: 'gateway', accessLogsEnabled: false, dropInvalidHeaderFields: null })],
});
