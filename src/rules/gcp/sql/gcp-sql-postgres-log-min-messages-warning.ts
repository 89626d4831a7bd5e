/** CIS GCP 6.2.5: PostgreSQL instances set log_min_messages to WARNING or stricter. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-log-min-messages-warning',
  title: 'PostgreSQL instances set log_min_messages to WARNING or stricter',
  description:
    'log_min_messages decides which severities reach the log. Below WARNING (DEBUG, INFO, NOTICE) the log drowns in noise and costs more; the CIS baseline is WARNING, the PostgreSQL default.',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_min_messages',
  defaultValue: 'warning',
  accept: (v) => v !== null && ['warning', 'error', 'log', 'fatal', 'panic'].includes(v),
  expected: 'warning or stricter',
  fixValue: 'warning',
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-MIN-MESSAGES'],
});
