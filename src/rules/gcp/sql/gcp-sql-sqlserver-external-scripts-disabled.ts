/** CIS GCP 6.3.1: SQL Server instances have external scripts enabled off. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-sqlserver-external-scripts-disabled',
  title: 'SQL Server instances have external scripts enabled off',
  description:
    'external scripts enabled lets T-SQL run R and Python code on the server through sp_execute_external_script, a path to run arbitrary code with the database service account.',
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'external scripts enabled',
  defaultValue: 'off',
  accept: (v) => v === 'off',
  expected: 'off',
  fixValue: 'off',
  references: ['https://cloud.google.com/sql/docs/sqlserver/flags'],
});
