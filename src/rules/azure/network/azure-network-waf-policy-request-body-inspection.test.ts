import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWafPolicy } from '../testing/fixtures.js';
import { rule } from './azure-network-waf-policy-request-body-inspection.js';

const subject = (config: Partial<typeof secureWafPolicy>) =>
  assetOf('azure.network.waf-policy', { ...secureWafPolicy, ...config }, { name: 'waf-web' });

runRuleTests(rule, {
  valid: [subject({}), subject({ requestBodyCheck: null })],
  invalid: [{ asset: subject({ requestBodyCheck: false }), messageId: 'off' }],
  unknown: [{ asset: subject({ requestBodyCheck: unknown('x') }), field: 'requestBodyCheck' }],
});
