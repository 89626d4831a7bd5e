/** Defender for Cloud emails attack path notifications. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-defender-attack-path-notifications',
  title: 'Defender for Cloud emails attack path notifications',
  description:
    'Attack path notifications email newly found paths an attacker could take to sensitive resources, at or above the configured risk level.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.subscription'],
  messages: {
    off: 'Subscription {{name}} does not email attack path notifications',
  },
  remediation: {
    text: 'Turn on attack path email notifications (risk level Critical or lower) in the email notification settings.',
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
  check(a, ctx) {
    const contacts = need(a.config, 'securityContacts');
    return contacts.some((c) => c.emails.length > 0 && c.attackPathMinimalRiskLevel !== null)
      ? ctx.pass()
      : ctx.fail('off', { name: a.name });
  },
});
