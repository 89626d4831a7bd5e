/** Storage firewalls let trusted Azure services through. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-trusted-services-allowed',
  title: 'Storage firewalls let trusted Azure services through',
  description:
    'When the storage firewall denies by default, the AzureServices bypass lets trusted Microsoft services (Backup, Monitor diagnostics, Defender) still reach the account; without it, logging and backup into the account fail. An account without a denying firewall is not applicable.',
  severity: 'low',
  category: 'storage',
  aspects: ['logging'],
  assetTypes: ['azure.storage.account'],
  messages: {
    blocked: 'Storage account {{name}} denies trusted Azure services (bypass: {{bypass}})',
  },
  remediation: {
    text: 'Add AzureServices to the firewall bypass list.',
    cli: 'az storage account update --name <account> --bypass AzureServices Logging Metrics',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
  check(a, ctx) {
    const acls = need(a.config, 'networkAcls');
    if (acls === null || acls.defaultAction === 'Allow')
      return ctx.notApplicable('the firewall does not deny by default');
    const bypass = acls.bypass ?? '';
    return /azureservices/i.test(bypass)
      ? ctx.pass()
      : ctx.fail('blocked', { name: a.name, bypass: bypass || 'None' });
  },
});
