import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-shared-key-access-disabled',
  title: 'Storage accounts do not accept Shared Key authorisation',
  description:
    'Account keys grant full control of a storage account and every SAS signed with them; they do not ' +
    'expire and leave no identity in the logs. Disallowing Shared Key access forces Entra ID ' +
    'authorisation, which is scoped, auditable and revocable. Not set means allowed.',
  severity: 'low',
  category: 'storage',
  aspects: ['credentials'],
  assetTypes: ['azure.storage.account'],
  messages: {
    allowed: 'Storage account {{name}} accepts Shared Key (account key) authorisation{{detail}}',
  },
  remediation: {
    text: 'Move clients to Entra ID authorisation, then set "Allow storage account key access" to Disabled.',
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-shared-key-access false',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  shared_access_key_enabled = false\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent'],
  check(account, ctx) {
    const allowed = need(account.config, 'allowSharedKeyAccess');
    if (allowed === false) return ctx.pass({ allowSharedKeyAccess: false });
    return ctx.fail(
      'allowed',
      { name: account.name, detail: allowed === null ? ' (not set, which means allowed)' : '' },
      { allowSharedKeyAccess: allowed },
    );
  },
});
