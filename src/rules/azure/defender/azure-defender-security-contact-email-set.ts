/** Defender for Cloud has a security contact email. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-defender-security-contact-email-set',
  title: 'Defender for Cloud has a security contact email',
  description:
    'Defender for Cloud emails its alerts to the security contacts. Without an address, alerts reach nobody outside the portal.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.subscription'],
  messages: {
    none: 'Subscription {{name}} has no Defender for Cloud security contact email',
  },
  remediation: {
    text: 'Set a security contact email (a monitored team address) in Defender for Cloud > Environment settings > Email notifications.',
    cli: 'az security contact create --name default --emails secops@example.com --alert-notifications on',
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
  check(a, ctx) {
    const contacts = need(a.config, 'securityContacts');
    return contacts.some((c) => c.emails.length > 0) ? ctx.pass() : ctx.fail('none', { name: a.name });
  },
});
