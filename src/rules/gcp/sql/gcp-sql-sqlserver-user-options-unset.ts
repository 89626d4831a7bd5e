/** CIS GCP 6.3.4: SQL Server instances do not configure the user options flag. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-sqlserver-user-options-unset',
  title: 'SQL Server instances do not configure the user options flag',
  description:
    'user options changes the session defaults of every user (for example ANSI settings), which can change how queries behave and weaken safeguards for every connection. CIS asks for it to stay unset.',
  severity: 'low',
  engine: 'SQLSERVER',
  flag: 'user options',
  defaultValue: null,
  accept: (v) => v === null,
  expected: 'not set',
  fixValue: null,
  references: ['https://cloud.google.com/sql/docs/sqlserver/flags'],
});
