/** CIS GCP 6.2.4: PostgreSQL instances log at least DDL statements (log_statement). */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-log-statement-ddl',
  title: 'PostgreSQL instances log at least DDL statements (log_statement)',
  description:
    'With log_statement at none, schema changes (CREATE, ALTER, DROP) are not logged, so a dropped table or a new privileged function leaves no audit trail. CIS recommends ddl; mod and all log more.',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_statement',
  defaultValue: 'none',
  accept: (v) => v === 'ddl' || v === 'mod' || v === 'all',
  expected: 'ddl (or mod/all)',
  fixValue: 'ddl',
  references: ['https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-STATEMENT'],
});
