/** CIS GCP 6.3.3: SQL Server instances set user connections to a non-limiting value. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-sqlserver-user-connections-unlimited',
  title: 'SQL Server instances set user connections to a non-limiting value',
  description:
    'A low user connections limit lets anyone able to open connections lock every other client out of the instance (a denial of service). CIS asks for 0, the unlimited default.',
  severity: 'low',
  engine: 'SQLSERVER',
  flag: 'user connections',
  defaultValue: '0',
  accept: (v) => v === '0',
  expected: '0 (unlimited)',
  fixValue: '0',
  references: ['https://cloud.google.com/sql/docs/sqlserver/flags'],
});
