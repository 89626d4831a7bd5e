import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicLoadBalancer } from '../testing/db-fixtures.js';
import { rule } from './aws-elb-load-balancer-access-logs-enabled.js';

const base: typeof secureClassicLoadBalancer = secureClassicLoadBalancer;
const a = (config: Partial<typeof secureClassicLoadBalancer>) =>
  assetOf('aws.elb.load-balancer', { ...base, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ accessLogsEnabled: false }),
      messageId: 'off',
      message: 'Classic Load Balancer legacy does not write access logs',
    },
  ],
  unknown: [
    { asset: a({ accessLogsEnabled: unknown('AWS Config does not record it') }), field: 'accessLogsEnabled' },
  ],
});
