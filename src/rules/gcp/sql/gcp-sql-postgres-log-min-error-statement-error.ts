/** CIS GCP 6.2.6: PostgreSQL instances set log_min_error_statement to ERROR or stricter. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-log-min-error-statement-error',
  title: 'PostgreSQL instances set log_min_error_statement to ERROR or stricter',
  description:
    'log_min_error_statement logs the SQL statement that caused an error. At ERROR or stricter, failed statements (such as injection attempts) are logged with their text without flooding the log with lower-severity messages.',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_min_error_statement',
  defaultValue: 'error',
  accept: (v) => v !== null && ['error', 'log', 'fatal', 'panic'].includes(v),
  expected: 'error or stricter',
  fixValue: 'error',
  references: [
    'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-MIN-ERROR-STATEMENT',
  ],
});
