import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicLoadBalancer } from '../testing/db-fixtures.js';
import { rule } from './aws-elb-load-balancer-desync-mitigation-defensive.js';

const base: typeof secureClassicLoadBalancer = secureClassicLoadBalancer;
const a = (config: Partial<typeof secureClassicLoadBalancer>) =>
  assetOf('aws.elb.load-balancer', { ...base, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [a({}), a({ desyncMitigationMode: 'strictest' })],
  invalid: [
    {
      asset: a({ desyncMitigationMode: 'monitor' }),
      messageId: 'weak',
      message: 'Classic Load Balancer legacy uses desync mitigation mode "monitor"',
    },
  ],
  unknown: [{ asset: a({ desyncMitigationMode: unknown('not recorded') }), field: 'desyncMitigationMode' }],
});
