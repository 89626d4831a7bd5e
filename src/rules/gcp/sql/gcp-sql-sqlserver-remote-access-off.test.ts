import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-sqlserver-remote-access-off.js';

sqlFlagRuleTests(rule, {
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'remote access',
  good: ['off'],
  bad: [
    ['on', 'SQL Server instance orders-db has remote access set to on; expected off'],
    [null, 'SQL Server instance orders-db does not set remote access (default on); expected off'],
  ],
});
