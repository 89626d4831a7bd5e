/** CIS GCP 6.2.7: PostgreSQL instances disable log_min_duration_statement. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-log-min-duration-statement-disabled',
  title: 'PostgreSQL instances disable log_min_duration_statement',
  description:
    'log_min_duration_statement logs the full text of every statement that runs longer than the threshold, including the literal values (personal data, secrets) in them. CIS asks for -1 (disabled).',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_min_duration_statement',
  defaultValue: '-1',
  accept: (v) => v === '-1',
  expected: '-1 (disabled)',
  fixValue: '-1',
  references: [
    'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-MIN-DURATION-STATEMENT',
  ],
});
