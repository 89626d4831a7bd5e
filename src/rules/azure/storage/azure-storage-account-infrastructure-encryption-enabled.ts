import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-infrastructure-encryption-enabled',
  title: 'Storage accounts use infrastructure (double) encryption',
  description:
    'Infrastructure encryption adds a second, independent layer of AES-256 encryption with a different ' +
    'key and algorithm mode below the service-level encryption, protecting data if one layer or key is ' +
    'compromised. It can only be chosen when the account is created.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['azure.storage.account'],
  messages: {
    off: 'Storage account {{name}} does not use infrastructure encryption',
  },
  remediation: {
    text: 'Infrastructure encryption cannot be turned on for an existing account: create a new account with it enabled and move the data.',
    cli: 'az storage account create --name <account> --resource-group <rg> --require-infrastructure-encryption true ...',
    terraform:
      'resource "azurerm_storage_account" "this" {\n  # ...\n  infrastructure_encryption_enabled = true\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable'],
  check(account, ctx) {
    const on = need(account.config, 'infrastructureEncryption');
    if (on === true) return ctx.pass({ requireInfrastructureEncryption: true });
    return ctx.fail('off', { name: account.name }, { requireInfrastructureEncryption: on });
  },
});
