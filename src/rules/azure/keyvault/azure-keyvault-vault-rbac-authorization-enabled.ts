import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-keyvault-vault-rbac-authorization-enabled',
  title: 'Key vaults use Azure RBAC for data-plane access',
  description:
    'Vault access policies are a separate, coarse permission system: anyone who can write the vault ' +
    'resource (e.g. a Contributor) can grant themselves access to its secrets, and policies cannot be ' +
    'scoped to single objects or governed by PIM. Azure RBAC authorisation puts secret, key and ' +
    'certificate access under the same role assignments, conditions and reviews as the rest of Azure. ' +
    'Not set means access policies are used.',
  severity: 'low',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['azure.keyvault.vault'],
  messages: {
    policies: 'Key vault {{name}} uses access policies instead of Azure RBAC authorisation',
  },
  remediation: {
    text: 'Recreate the access the vault grants as RBAC role assignments (Key Vault Secrets User, ...), then switch the vault permission model to Azure RBAC.',
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-rbac-authorization true',
    terraform: 'resource "azurerm_key_vault" "this" {\n  # ...\n  enable_rbac_authorization = true\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide'],
  check(vault, ctx) {
    const rbac = need(vault.config, 'rbacAuthorization');
    if (rbac === true) return ctx.pass({ enableRbacAuthorization: true });
    return ctx.fail('policies', { name: vault.name }, { enableRbacAuthorization: rbac });
  },
});
