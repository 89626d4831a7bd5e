/** CIS GCP 6.2.8: PostgreSQL instances enable pgAudit (cloudsql.enable_pgaudit). */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-postgres-pgaudit-enabled',
  title: 'PostgreSQL instances enable pgAudit (cloudsql.enable_pgaudit)',
  description:
    'pgAudit writes detailed session and object audit records to Cloud Logging, the centralised trail CIS expects for who read or changed what in the database.',
  severity: 'medium',
  engine: 'POSTGRES',
  flag: 'cloudsql.enable_pgaudit',
  defaultValue: 'off',
  accept: (v) => v === 'on',
  expected: 'on',
  fixValue: 'on',
  references: ['https://cloud.google.com/sql/docs/postgres/pg-audit'],
});
