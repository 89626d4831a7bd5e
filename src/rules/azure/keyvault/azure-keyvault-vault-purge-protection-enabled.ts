import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-keyvault-vault-purge-protection-enabled',
  title: 'Key vaults have purge protection enabled',
  description:
    'Soft delete keeps deleted vaults and objects recoverable for a retention period, but without purge ' +
    'protection anyone with purge permission (including an attacker or a ransomware operator) can ' +
    'destroy them for good at once, along with every piece of data encrypted by those keys. Purge ' +
    'protection enforces the retention period.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['resilience'],
  assetTypes: ['azure.keyvault.vault'],
  messages: {
    off: 'Key vault {{name}} does not have purge protection enabled',
  },
  remediation: {
    text: 'Enable purge protection on the vault (it cannot be turned off again).',
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-purge-protection true',
    terraform: 'resource "azurerm_key_vault" "this" {\n  # ...\n  purge_protection_enabled = true\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview'],
  check(vault, ctx) {
    const on = need(vault.config, 'purgeProtectionEnabled');
    if (on === true) return ctx.pass({ enablePurgeProtection: true });
    return ctx.fail('off', { name: vault.name }, { enablePurgeProtection: on });
  },
});
