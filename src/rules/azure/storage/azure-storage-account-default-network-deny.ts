import { defineRule, need } from '../../api.js';

/** Public network access values under which the storage firewall's default action no longer matters. */
const CLOSED = new Set(['disabled', 'securedbyperimeter']);

export const rule = defineRule({
  id: 'azure-storage-account-default-network-deny',
  title: 'Storage accounts deny network access by default',
  description:
    'A storage account whose firewall allows all networks can be reached from anywhere on the internet, ' +
    'so a leaked key or SAS token is usable from any address. Setting the default action to Deny (and ' +
    'allowing only chosen networks, private endpoints and trusted services), or disabling public network ' +
    'access altogether, limits where requests can come from. An account with public network access ' +
    '`SecuredByPerimeter` is governed by its network security perimeter and passes.',
  severity: 'medium',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['azure.storage.account'],
  messages: {
    open: 'Storage account {{name}} allows access from all networks (firewall default action is {{action}})',
  },
  remediation: {
    text: 'Set the storage firewall default action to Deny and allow only the networks that need access, or disable public network access and use private endpoints.',
    cli: 'az storage account update --name <account> --resource-group <rg> --default-action Deny',
    terraform:
      'resource "azurerm_storage_account" "this" {\n  # ...\n  network_rules {\n    default_action = "Deny"\n    bypass         = ["AzureServices"]\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
  check(account, ctx) {
    const publicAccess = need(account.config, 'publicNetworkAccess');
    if (publicAccess !== null && CLOSED.has(publicAccess.toLowerCase()))
      return ctx.pass({ publicNetworkAccess: publicAccess });
    const acls = need(account.config, 'networkAcls');
    if (acls === null)
      return ctx.fail(
        'open',
        { name: account.name, action: 'Allow (no firewall)' },
        { publicNetworkAccess: publicAccess, networkAcls: null },
      );
    if (acls.defaultAction !== 'Deny')
      return ctx.fail(
        'open',
        { name: account.name, action: acls.defaultAction },
        { publicNetworkAccess: publicAccess, networkAcls: acls },
      );
    return ctx.pass({ publicNetworkAccess: publicAccess, networkAcls: acls });
  },
});
