/** Storage accounts are reached through private endpoints. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-private-endpoint-used',
  title: 'Storage accounts are reached through private endpoints',
  description:
    'A private endpoint gives the account an address inside a virtual network, so clients reach it without crossing the internet and the public endpoint can be closed.',
  severity: 'medium',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['azure.storage.account'],
  messages: {
    none: 'Storage account {{name}} has no approved private endpoint connection',
  },
  remediation: {
    text: 'Create a private endpoint for the account (blob, file, ... sub-resources) in the virtual network its clients use.',
    cli: 'az network private-endpoint create --name <pe> --resource-group <rg> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <account-id> --group-id blob --connection-name <name>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-private-endpoints'],
  check(a, ctx) {
    const n = need(a.config, 'privateEndpointConnections');
    return n > 0 ? ctx.pass({ privateEndpointConnections: n }) : ctx.fail('none', { name: a.name });
  },
});
