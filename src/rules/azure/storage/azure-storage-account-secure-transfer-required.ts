import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-secure-transfer-required',
  title: 'Storage accounts accept only HTTPS (secure transfer required)',
  description:
    'With secure transfer required, a storage account refuses plain HTTP requests and unencrypted SMB ' +
    'connections, so account keys, SAS tokens and data cannot be read or altered on the wire.',
  severity: 'medium',
  category: 'storage',
  aspects: ['encryption'],
  assetTypes: ['azure.storage.account'],
  messages: {
    off: 'Storage account {{name}} accepts plain HTTP requests (secure transfer is not required)',
  },
  remediation: {
    text: 'Turn on "Secure transfer required" for the storage account.',
    cli: 'az storage account update --name <account> --resource-group <rg> --https-only true',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  https_traffic_only_enabled = true\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer'],
  check(account, ctx) {
    const httpsOnly = need(account.config, 'httpsOnly');
    if (!httpsOnly) return ctx.fail('off', { name: account.name }, { supportsHttpsTrafficOnly: false });
    return ctx.pass({ supportsHttpsTrafficOnly: true });
  },
});
