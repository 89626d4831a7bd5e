/** CIS GCP 6.2.2: PostgreSQL instances have the log_connections flag on. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-log-connections-on',
  title: 'PostgreSQL instances have the log_connections flag on',
  description:
    'Without log_connections, PostgreSQL does not record who connected and from where, so unauthorised or unusual connection attempts leave no trace to investigate.',
  severity: 'medium',
  engine: 'POSTGRES',
  flag: 'log_connections',
  defaultValue: 'off',
  accept: (v) => v === 'on',
  expected: 'on',
  fixValue: 'on',
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CONNECTIONS'],
});
