import { defineRule, need } from '../../api.js';

const ACCEPTED = new Set(['TLS1_2', 'TLS1_3']);

export const rule = defineRule({
  id: 'azure-storage-account-min-tls-1-2',
  title: 'Storage accounts require TLS 1.2 or later',
  description:
    'TLS 1.0 and 1.1 have known weaknesses and are no longer supported by Azure Storage for new ' +
    'connections. A minimum of TLS 1.2 makes the account refuse clients that would negotiate them. An ' +
    'account with no minimum set accepts TLS 1.0.',
  severity: 'medium',
  category: 'storage',
  aspects: ['encryption'],
  assetTypes: ['azure.storage.account'],
  messages: {
    old: 'Storage account {{name}} accepts TLS versions older than 1.2 (minimum is {{version}})',
  },
  remediation: {
    text: 'Set the minimum TLS version of the storage account to TLS 1.2.',
    cli: 'az storage account update --name <account> --resource-group <rg> --min-tls-version TLS1_2',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  min_tls_version = "TLS1_2"\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version',
  ],
  check(account, ctx) {
    const version = need(account.config, 'minimumTlsVersion');
    if (version === null || !ACCEPTED.has(version.toUpperCase()))
      return ctx.fail(
        'old',
        { name: account.name, version: version ?? 'not set (TLS 1.0)' },
        { minimumTlsVersion: version },
      );
    return ctx.pass({ minimumTlsVersion: version });
  },
});
