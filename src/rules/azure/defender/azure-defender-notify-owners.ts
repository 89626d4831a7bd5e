/** Defender for Cloud emails alerts to subscription owners. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-defender-notify-owners',
  title: 'Defender for Cloud emails alerts to subscription owners',
  description:
    'Notifying the Owner role makes sure the people accountable for the subscription hear about its alerts even when the contact list is stale.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.subscription'],
  messages: {
    off: 'Subscription {{name}} does not email Defender alerts to its owners',
  },
  remediation: {
    text: 'Turn on "All users with the following roles: Owner" in the email notification settings.',
    cli: 'az security contact create --name default --emails <email> --notifications-by-role \'{"state":"On","roles":["Owner"]}\'',
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
  check(a, ctx) {
    const contacts = need(a.config, 'securityContacts');
    return contacts.some((c) => c.notifiedRoles.some((r) => r.toLowerCase() === 'owner'))
      ? ctx.pass()
      : ctx.fail('off', { name: a.name });
  },
});
