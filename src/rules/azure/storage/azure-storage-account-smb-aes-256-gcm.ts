/** File shares encrypt SMB channels only with AES-256-GCM. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-smb-aes-256-gcm',
  title: 'File shares encrypt SMB channels only with AES-256-GCM',
  description:
    'SMB channel encryption protects file data in transit. Allowing AES-128 algorithms, or leaving the list unset (every algorithm allowed), accepts weaker encryption than AES-256-GCM.',
  severity: 'low',
  category: 'storage',
  aspects: ['encryption'],
  assetTypes: ['azure.storage.account'],
  messages: {
    weak: 'Storage account {{name}} allows SMB channel encryption {{algorithms}}',
    unset: 'Storage account {{name}} allows every SMB channel encryption algorithm (none are set)',
  },
  remediation: {
    text: 'Allow only AES-256-GCM for SMB channel encryption.',
    cli: 'az storage account file-service-properties update --account-name <account> --channel-encryption AES-256-GCM',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/files/files-smb-protocol'],
  check(a, ctx) {
    const v = need(a.config, 'smbChannelEncryption');
    if (v === null) return ctx.fail('unset', { name: a.name });
    const weak = v.filter((x) => x.toUpperCase() !== 'AES-256-GCM');
    return weak.length === 0 ? ctx.pass() : ctx.fail('weak', { name: a.name, algorithms: weak.join(', ') });
  },
});
