/** CIS GCP 6.3.7: SQL Server instances have contained database authentication off. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-sqlserver-contained-database-authentication-off',
  title: 'SQL Server instances have contained database authentication off',
  description:
    'Contained databases authenticate their own users, outside the instance logins; a database owner can create users the instance administrators do not see, and such users can reach other databases through guest access.',
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'contained database authentication',
  defaultValue: 'off',
  accept: (v) => v === 'off',
  expected: 'off',
  fixValue: 'off',
  references: ['https://cloud.google.com/sql/docs/sqlserver/flags'],
});
