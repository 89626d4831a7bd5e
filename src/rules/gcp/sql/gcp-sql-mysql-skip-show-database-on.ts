/** CIS GCP 6.1.2: MySQL instances have the skip_show_database flag on. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-mysql-skip-show-database-on',
  title: 'MySQL instances have the skip_show_database flag on',
  description:
    'With skip_show_database off, any connected user can run SHOW DATABASES and learn every database on the instance, which helps an attacker who holds one low-privileged login map what to go after next.',
  severity: 'low',
  engine: 'MYSQL',
  flag: 'skip_show_database',
  defaultValue: 'off',
  accept: (v) => v === 'on',
  expected: 'on',
  fixValue: 'on',
  references: [
    'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_skip_show_database',
  ],
});
