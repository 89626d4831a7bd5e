/** SQL databases are encrypted at rest (TDE), and so are their backups. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-sql-database-tde-enabled',
  title: 'SQL databases are encrypted at rest (TDE), and so are their backups',
  description:
    'Transparent data encryption encrypts the database files, logs and backups. A database with TDE disabled stores data and backups unencrypted.',
  severity: 'high',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['azure.sql.server'],
  messages: {
    off: 'SQL server {{name}} has databases without transparent data encryption: {{databases}}',
  },
  remediation: {
    text: 'Enable TDE on each database.',
    cli: 'az sql db tde set --server <server> --resource-group <rg> --database <db> --status Enabled',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview',
  ],
  check(a, ctx) {
    const off = need(a.config, 'databases').filter((d) => (d.tdeState ?? '').toLowerCase() !== 'enabled');
    return off.length === 0
      ? ctx.pass()
      : ctx.fail('off', { name: a.name, databases: off.map((d) => d.name).join(', ') });
  },
});
