/** Storage account access keys were regenerated in the last 90 days. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-keys-rotated-90-days',
  title: 'Storage account access keys were regenerated in the last 90 days',
  description:
    'Access keys give full access to the account. Keys that are never regenerated stay valid wherever they leaked. The key creation times come from the account record; an account that does not record them is unknown.',
  severity: 'medium',
  category: 'storage',
  aspects: ['credentials'],
  assetTypes: ['azure.storage.account'],
  messages: {
    old: 'Storage account {{name}} has access key {{key}} last generated {{days}} days ago',
    unrecorded: 'Storage account {{name}} does not record when its access keys were generated',
  },
  remediation: {
    text: 'Regenerate both access keys (one at a time, after moving clients to the other) and keep doing so at least every 90 days, or stop using keys (Entra authorisation).',
    cli: 'az storage account keys renew --account-name <account> --key primary',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage'],
  check(a, ctx) {
    const times = need(a.config, 'keyCreationTime');
    if (times === null) return ctx.fail('unrecorded', { name: a.name });
    for (const key of ['key1', 'key2'] as const) {
      const t = times[key];
      if (t === null) return ctx.fail('unrecorded', { name: a.name });
      const days = Math.floor((ctx.now.getTime() - Date.parse(t)) / 86_400_000);
      if (days > 90) return ctx.fail('old', { name: a.name, key, days });
    }
    return ctx.pass({ keyCreationTime: times });
  },
});
