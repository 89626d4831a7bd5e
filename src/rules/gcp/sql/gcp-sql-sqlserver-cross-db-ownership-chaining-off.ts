/** CIS GCP 6.3.2: SQL Server instances have cross db ownership chaining off. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-sqlserver-cross-db-ownership-chaining-off',
  title: 'SQL Server instances have cross db ownership chaining off',
  description:
    'Cross-database ownership chaining lets a member of one database reach objects in another without a permission check, so a user trusted in one database can read or change data in another.',
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'cross db ownership chaining',
  defaultValue: 'off',
  accept: (v) => v === 'off',
  expected: 'off',
  fixValue: 'off',
  references: ['https://cloud.google.com/sql/docs/sqlserver/flags'],
});
