import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { subscriptionConfig } from '../testing/fixtures.js';
import { rule } from './azure-defender-high-severity-alert-notifications.js';

const subject = (config: Partial<typeof subscriptionConfig>) =>
  assetOf('azure.subscription', { ...subscriptionConfig, ...config }, { name: 'Production' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    {
      asset: subject({
        securityContacts: [
          {
            emails: ['a@example.com'],
            notifiedRoles: ['Owner'],
            alertMinimalSeverity: null,
            attackPathMinimalRiskLevel: null,
          },
        ],
      }),
      messageId: 'off',
    },
    {
      asset: subject({
        securityContacts: [
          {
            emails: ['a@example.com'],
            notifiedRoles: ['Owner'],
            alertMinimalSeverity: 'Critical',
            attackPathMinimalRiskLevel: null,
          },
        ],
      }),
      messageId: 'off',
    },
  ],
  unknown: [{ asset: subject({ securityContacts: unknown('x') }), field: 'securityContacts' }],
});
