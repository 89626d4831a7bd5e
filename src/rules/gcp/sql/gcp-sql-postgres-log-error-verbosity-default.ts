/** CIS GCP 6.2.1: PostgreSQL instances set log_error_verbosity to DEFAULT or TERSE. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-log-error-verbosity-default',
  title: 'PostgreSQL instances set log_error_verbosity to DEFAULT or TERSE',
  description:
    'VERBOSE error logging writes source file names, function names and line numbers for every message, filling logs with detail that hides the events that matter and can leak internals. DEFAULT or TERSE keeps logs useful.',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_error_verbosity',
  defaultValue: 'default',
  accept: (v) => v === 'default' || v === 'terse',
  expected: 'default or terse',
  fixValue: 'default',
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-ERROR-VERBOSITY'],
});
