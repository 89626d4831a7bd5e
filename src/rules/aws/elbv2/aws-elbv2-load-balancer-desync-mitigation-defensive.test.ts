import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLoadBalancer } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-load-balancer-desync-mitigation-defensive.js';

const base: typeof secureLoadBalancer = secureLoadBalancer;
const a = (config: Partial<typeof secureLoadBalancer>) =>
  assetOf('aws.elbv2.load-balancer', { ...base, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [a({}), a({ desyncMitigationMode: 'strictest' })],
  invalid: [
    {
      asset: a({ desyncMitigationMode: 'monitor' }),
      messageId: 'weak',
      message: 'Application Load Balancer web uses desync mitigation mode "monitor"',
    },
  ],
  unknown: [{ asset: a({ desyncMitigationMode: unknown('not recorded') }), field: 'desyncMitigationMode' }],
  notApplicable: [a({ lbType: 'network', desyncMitigationMode: null })],
});
