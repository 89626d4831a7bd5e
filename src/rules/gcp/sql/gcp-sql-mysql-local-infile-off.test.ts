import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-mysql-local-infile-off.js';

sqlFlagRuleTests(rule, {
  version: 'MYSQL_8_0',
  flag: 'local_infile',
  good: ['off'],
  bad: [
    ['on', 'MySQL instance orders-db has local_infile set to on; expected off'],
    [null, 'MySQL instance orders-db does not set local_infile (default on); expected off'],
  ],
});
