/** Storage accounts have a key expiration policy (rotation reminders). */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-key-expiration-policy-set',
  title: 'Storage accounts have a key expiration policy (rotation reminders)',
  description:
    'A key policy sets how long access keys may live; Azure then reminds owners to rotate keys, and Azure Policy can flag expired ones.',
  severity: 'low',
  category: 'storage',
  aspects: ['credentials'],
  assetTypes: ['azure.storage.account'],
  messages: {
    none: 'Storage account {{name}} has no key expiration policy',
  },
  remediation: {
    text: 'Set a key expiration period (for example 90 days) on the account.',
    cli: 'az storage account update --name <account> --key-exp-days 90',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage'],
  check(a, ctx) {
    const days = need(a.config, 'keyExpirationPeriodInDays');
    return days !== null && days > 0 ? ctx.pass({ days }) : ctx.fail('none', { name: a.name });
  },
});
