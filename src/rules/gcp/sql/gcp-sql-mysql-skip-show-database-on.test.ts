import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-mysql-skip-show-database-on.js';

sqlFlagRuleTests(rule, {
  version: 'MYSQL_8_0',
  flag: 'skip_show_database',
  good: ['on', 'ON'],
  bad: [
    ['off', 'MySQL instance orders-db has skip_show_database set to off; expected on'],
    [null, 'MySQL instance orders-db does not set skip_show_database (default off); expected on'],
  ],
});
