import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWafPolicy } from '../testing/fixtures.js';
import { rule } from './azure-network-waf-policy-bot-protection.js';

const subject = (config: Partial<typeof secureWafPolicy>) =>
  assetOf('azure.network.waf-policy', { ...secureWafPolicy, ...config }, { name: 'waf-web' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ managedRuleSets: ['OWASP 3.2'] }), messageId: 'off' }],
  unknown: [{ asset: subject({ managedRuleSets: unknown('x') }), field: 'managedRuleSets' }],
});
