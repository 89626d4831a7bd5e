/** Storage accounts keep deleted containers (soft delete). */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-container-soft-delete-enabled',
  title: 'Storage accounts keep deleted containers (soft delete)',
  description:
    'Container soft delete keeps a deleted container and its blobs for a retention period, so deleting a whole container by mistake or in an attack can be undone.',
  severity: 'medium',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['azure.storage.account'],
  messages: {
    off: 'Storage account {{name}} does not keep deleted containers (container soft delete is off)',
  },
  remediation: {
    text: 'Enable container soft delete with a retention of 7 days or more.',
    cli: 'az storage account blob-service-properties update --account-name <account> --enable-container-delete-retention true --container-delete-retention-days 14',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-container-overview'],
  check(a, ctx) {
    const v = need(a.config, 'containerSoftDelete');
    return v?.enabled === true ? ctx.pass({ containerSoftDelete: v }) : ctx.fail('off', { name: a.name });
  },
});
