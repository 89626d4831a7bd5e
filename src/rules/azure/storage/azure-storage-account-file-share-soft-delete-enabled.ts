/** Storage accounts keep deleted file shares (soft delete). */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-file-share-soft-delete-enabled',
  title: 'Storage accounts keep deleted file shares (soft delete)',
  description:
    'File share soft delete keeps a deleted Azure file share for a retention period so it can be restored. The setting lives on the file service, read live from ARM.',
  severity: 'medium',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['azure.storage.account'],
  messages: {
    off: 'Storage account {{name}} does not keep deleted file shares (share soft delete is off)',
  },
  remediation: {
    text: 'Enable soft delete for file shares with a retention of 7 days or more.',
    cli: 'az storage account file-service-properties update --account-name <account> --enable-delete-retention true --delete-retention-days 14',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/files/storage-files-enable-soft-delete'],
  check(a, ctx) {
    const v = need(a.config, 'fileShareSoftDelete');
    return v?.enabled === true ? ctx.pass({ fileShareSoftDelete: v }) : ctx.fail('off', { name: a.name });
  },
});
