/** Storage accounts keep deleted blobs (soft delete). */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-blob-soft-delete-enabled',
  title: 'Storage accounts keep deleted blobs (soft delete)',
  description:
    'Blob soft delete keeps deleted or overwritten blobs for a retention period, so an accidental or malicious deletion can be undone. The setting lives on the blob service, which a live scan reads from ARM; a plain Resource Graph export leaves it unknown.',
  severity: 'medium',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['azure.storage.account'],
  messages: {
    off: 'Storage account {{name}} does not keep deleted blobs (blob soft delete is off)',
  },
  remediation: {
    text: 'Enable blob soft delete with a retention of 7 days or more.',
    cli: 'az storage account blob-service-properties update --account-name <account> --enable-delete-retention true --delete-retention-days 14',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview'],
  check(a, ctx) {
    const v = need(a.config, 'blobSoftDelete');
    return v?.enabled === true ? ctx.pass({ blobSoftDelete: v }) : ctx.fail('off', { name: a.name });
  },
});
