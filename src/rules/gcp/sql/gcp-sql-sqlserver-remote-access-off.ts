/** CIS GCP 6.3.5: SQL Server instances have the remote access flag off. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-sqlserver-remote-access-off',
  title: 'SQL Server instances have the remote access flag off',
  description:
    'remote access lets stored procedures be run from or on remote servers, which an attacker can use to move between servers or to amplify a denial of service. It is on by default.',
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'remote access',
  defaultValue: 'on',
  accept: (v) => v === 'off',
  expected: 'off',
  fixValue: 'off',
  references: ['https://cloud.google.com/sql/docs/sqlserver/flags'],
});
