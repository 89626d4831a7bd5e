/** Storage accounts keep previous blob versions. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-blob-versioning-enabled',
  title: 'Storage accounts keep previous blob versions',
  description:
    'Blob versioning keeps every earlier version of a blob, so data overwritten by mistake or encrypted by ransomware can be restored.',
  severity: 'low',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['azure.storage.account'],
  messages: {
    off: 'Storage account {{name}} does not keep blob versions',
  },
  remediation: {
    text: 'Enable blob versioning on the account.',
    cli: 'az storage account blob-service-properties update --account-name <account> --enable-versioning true',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/versioning-overview'],
  check(a, ctx) {
    return need(a.config, 'blobVersioning') ? ctx.pass() : ctx.fail('off', { name: a.name });
  },
});
