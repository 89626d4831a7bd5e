/** Key vaults are reached through private endpoints. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-keyvault-vault-private-endpoint-used',
  title: 'Key vaults are reached through private endpoints',
  description:
    'A private endpoint lets applications reach the vault from their virtual network without the public endpoint, which can then be closed.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['exposure'],
  assetTypes: ['azure.keyvault.vault'],
  messages: {
    none: 'Key vault {{name}} has no approved private endpoint connection',
  },
  remediation: {
    text: 'Create a private endpoint for the vault and close public network access.',
    cli: 'az network private-endpoint create --name <pe> --resource-group <rg> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <vault-id> --group-id vault --connection-name <name>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service'],
  check(a, ctx) {
    const n = need(a.config, 'privateEndpointConnections');
    return n > 0 ? ctx.pass() : ctx.fail('none', { name: a.name });
  },
});
