import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { subscriptionConfig } from '../testing/fixtures.js';
import { rule } from './azure-defender-security-contact-email-set.js';

const subject = (config: Partial<typeof subscriptionConfig>) =>
  assetOf('azure.subscription', { ...subscriptionConfig, ...config }, { name: 'Production' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ securityContacts: [] }), messageId: 'none' }],
  unknown: [{ asset: subject({ securityContacts: unknown('x') }), field: 'securityContacts' }],
});
