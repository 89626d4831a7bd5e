import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-sqlserver-cross-db-ownership-chaining-off.js';

sqlFlagRuleTests(rule, {
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'cross db ownership chaining',
  good: ['off', null],
  bad: [['on', 'SQL Server instance orders-db has cross db ownership chaining set to on; expected off']],
});
