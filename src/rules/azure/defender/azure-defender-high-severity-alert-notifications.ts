/** Defender for Cloud emails alerts of high severity. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-defender-high-severity-alert-notifications',
  title: 'Defender for Cloud emails alerts of high severity',
  description:
    'Alert notifications with a minimal severity of High (or lower, which includes High) make sure serious alerts are emailed, not only shown in the portal.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.subscription'],
  messages: {
    off: 'Subscription {{name}} does not email Defender alerts of high severity ({{setting}})',
  },
  remediation: {
    text: 'Turn on email notifications for alerts with severity High or lower.',
    cli: 'az security contact create --name default --emails <email> --alert-notifications on',
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
  check(a, ctx) {
    const contacts = need(a.config, 'securityContacts');
    const ok = contacts.some(
      (c) =>
        c.emails.length > 0 &&
        ['high', 'medium', 'low'].includes((c.alertMinimalSeverity ?? '').toLowerCase()),
    );
    const setting = contacts.map((c) => c.alertMinimalSeverity ?? 'off').join(', ') || 'no contacts';
    return ok ? ctx.pass() : ctx.fail('off', { name: a.name, setting });
  },
});
