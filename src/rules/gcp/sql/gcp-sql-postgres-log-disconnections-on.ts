/** CIS GCP 6.2.3: PostgreSQL instances have the log_disconnections flag on. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-log-disconnections-on',
  title: 'PostgreSQL instances have the log_disconnections flag on',
  description:
    'log_disconnections records the end of every session with its duration; together with log_connections it tells how long an intruder (or a misbehaving client) stayed connected.',
  severity: 'medium',
  engine: 'POSTGRES',
  flag: 'log_disconnections',
  defaultValue: 'off',
  accept: (v) => v === 'on',
  expected: 'on',
  fixValue: 'on',
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-DISCONNECTIONS'],
});
