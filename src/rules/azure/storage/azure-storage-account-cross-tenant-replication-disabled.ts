/** Storage accounts do not replicate objects to other tenants. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-cross-tenant-replication-disabled',
  title: 'Storage accounts do not replicate objects to other tenants',
  description:
    'Cross-tenant object replication lets blobs be copied to an account in another Entra tenant, outside your control. When not set, accounts created before the 2024 default change allow it.',
  severity: 'medium',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['azure.storage.account'],
  messages: {
    on: 'Storage account {{name}} allows cross-tenant object replication ({{value}})',
  },
  remediation: {
    text: 'Disallow cross-tenant replication.',
    cli: 'az storage account update --name <account> --allow-cross-tenant-replication false',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/blobs/object-replication-prevent-cross-tenant-policies',
  ],
  check(a, ctx) {
    const v = need(a.config, 'allowCrossTenantReplication');
    return v === false
      ? ctx.pass()
      : ctx.fail('on', { name: a.name, value: v === null ? 'not set' : 'true' });
  },
});
