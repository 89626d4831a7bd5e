/** File shares accept only SMB 3.1.1 or later. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-smb-3-1-1-only',
  title: 'File shares accept only SMB 3.1.1 or later',
  description:
    'Older SMB dialects lack pre-authentication integrity and the strongest encryption. When no SMB versions are set, the file service accepts every version.',
  severity: 'medium',
  category: 'storage',
  aspects: ['encryption'],
  assetTypes: ['azure.storage.account'],
  messages: {
    old: 'Storage account {{name}} accepts SMB versions {{versions}}',
    unset: 'Storage account {{name}} accepts every SMB version (none are set)',
  },
  remediation: {
    text: 'Restrict the file service to SMB 3.1.1.',
    cli: 'az storage account file-service-properties update --account-name <account> --versions SMB3.1.1',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/files/files-smb-protocol'],
  check(a, ctx) {
    const v = need(a.config, 'smbVersions');
    if (v === null) return ctx.fail('unset', { name: a.name });
    const old = v.filter((x) => x.toUpperCase() !== 'SMB3.1.1');
    return old.length === 0 ? ctx.pass() : ctx.fail('old', { name: a.name, versions: old.join(', ') });
  },
});
