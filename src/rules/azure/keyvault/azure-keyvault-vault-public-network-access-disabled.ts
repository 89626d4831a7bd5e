import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-keyvault-vault-public-network-access-disabled',
  title: 'Key vaults are not reachable from every network',
  description:
    'A vault reachable from any network lets stolen credentials or tokens be used against it from ' +
    'anywhere. Disabling public network access (private endpoints only), or setting the vault firewall ' +
    'to deny by default with chosen networks and trusted services allowed, limits where secrets can be ' +
    'read from. A vault that never set these accepts every network.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.keyvault.vault'],
  messages: {
    open: 'Key vault {{name}} accepts requests from all networks (public network access {{access}}, firewall default action {{action}})',
  },
  remediation: {
    text: 'Disable public network access and use private endpoints, or set the vault firewall default action to Deny and allow only the networks that need access.',
    cli: 'az keyvault update --name <vault> --resource-group <rg> --public-network-access Disabled',
    terraform:
      'resource "azurerm_key_vault" "this" {\n  # ...\n  public_network_access_enabled = false\n  network_acls {\n    default_action = "Deny"\n    bypass         = "AzureServices"\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/network-security'],
  check(vault, ctx) {
    const access = need(vault.config, 'publicNetworkAccess');
    if (access !== null && access.toLowerCase() === 'disabled')
      return ctx.pass({ publicNetworkAccess: access });
    const acls = need(vault.config, 'networkAcls');
    if (acls?.defaultAction === 'Deny') return ctx.pass({ publicNetworkAccess: access, networkAcls: acls });
    return ctx.fail(
      'open',
      { name: vault.name, access: access ?? 'not set', action: acls?.defaultAction ?? 'Allow (no firewall)' },
      { publicNetworkAccess: access, networkAcls: acls },
    );
  },
});
