/** Storage accounts disable public network access. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-public-network-access-disabled',
  title: 'Storage accounts disable public network access',
  description:
    'With public network access disabled the account is reachable only through private endpoints, whatever its firewall rules say. When the setting is not set, the network rules decide and the public endpoint stays open.',
  severity: 'medium',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['azure.storage.account'],
  messages: {
    open: 'Storage account {{name}} allows public network access ({{value}})',
  },
  remediation: {
    text: 'Disable public network access once clients use private endpoints.',
    cli: 'az storage account update --name <account> --public-network-access Disabled',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
  check(a, ctx) {
    const v = need(a.config, 'publicNetworkAccess');
    return v === 'Disabled' ? ctx.pass() : ctx.fail('open', { name: a.name, value: v ?? 'not set' });
  },
});
