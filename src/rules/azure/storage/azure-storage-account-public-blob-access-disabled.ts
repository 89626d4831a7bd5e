import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-public-blob-access-disabled',
  title: 'Storage accounts disallow anonymous (public) blob access',
  description:
    'When a storage account allows blob public access, any container in it can be switched to anonymous ' +
    'read access, exposing its blobs to anyone with the URL. Disallowing it at the account overrides every ' +
    "container's setting. Accounts that never set the property permit anonymous access if created before " +
    'Azure changed the default in 2023, so "not set" fails too.',
  severity: 'high',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['azure.storage.account'],
  messages: {
    allowed: 'Storage account {{name}} allows anonymous public access to its blobs',
    notSet:
      'Storage account {{name}} does not disallow anonymous blob access (allowBlobPublicAccess is not set)',
  },
  remediation: {
    text: 'Set "Allow Blob anonymous access" to Disabled on the storage account.',
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
    terraform:
      'resource "azurerm_storage_account" "this" {\n  # ...\n  allow_nested_items_to_be_public = false\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent'],
  check(account, ctx) {
    const allow = need(account.config, 'allowBlobPublicAccess');
    if (allow === null) return ctx.fail('notSet', { name: account.name }, { allowBlobPublicAccess: null });
    if (allow) return ctx.fail('allowed', { name: account.name }, { allowBlobPublicAccess: true });
    return ctx.pass({ allowBlobPublicAccess: false });
  },
});
