import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { subscriptionConfig } from '../testing/fixtures.js';
import { rule } from './azure-defender-attack-path-notifications.js';

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
            alertMinimalSeverity: 'High',
            attackPathMinimalRiskLevel: null,
          },
        ],
      }),
      messageId: 'off',
    },
  ],
  unknown: [{ asset: subject({ securityContacts: unknown('x') }), field: 'securityContacts' }],
});
