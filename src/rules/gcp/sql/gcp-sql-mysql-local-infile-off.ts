/** CIS GCP 6.1.3: MySQL instances have the local_infile flag off. */
import { sqlFlagRule } from './database-flags.js';

export const rule = sqlFlagRule({
  id: 'gcp-sql-mysql-local-infile-off',
  title: 'MySQL instances have the local_infile flag off',
  description:
    'local_infile lets a client ask the server to read files from the client host (LOAD DATA LOCAL INFILE). A malicious or compromised server or an SQL injection can use it to read files from application hosts.',
  severity: 'medium',
  engine: 'MYSQL',
  flag: 'local_infile',
  defaultValue: 'on',
  accept: (v) => v === 'off',
  expected: 'off',
  fixValue: 'off',
  references: ['https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html'],
});
