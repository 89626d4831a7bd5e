/** CIS GCP 6.3.6: SQL Server instances have trace flag 3625 on. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-sqlserver-trace-flag-3625-on',
  title: 'SQL Server instances have trace flag 3625 on',
  description:
    'Trace flag 3625 masks parameters of some error messages for users who are not sysadmins, so errors do not leak data or schema details to ordinary users.',
  severity: 'low',
  engine: 'SQLSERVER',
  flag: '3625',
  defaultValue: 'off',
  accept: (v) => v === 'on',
  expected: 'on',
  fixValue: 'on',
  references: ['https://cloud.google.com/sql/docs/sqlserver/flags'],
});
