import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-sqlserver-trace-flag-3625-on.js';

sqlFlagRuleTests(rule, {
  version: 'SQLSERVER_2019_STANDARD',
  flag: '3625',
  good: ['on'],
  bad: [
    ['off', 'SQL Server instance orders-db has 3625 set to off; expected on'],
    [null, 'SQL Server instance orders-db does not set 3625 (default off); expected on'],
  ],
});
