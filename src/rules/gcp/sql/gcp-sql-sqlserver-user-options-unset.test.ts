import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-sqlserver-user-options-unset.js';

sqlFlagRuleTests(rule, {
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'user options',
  good: [null],
  bad: [['512', 'SQL Server instance orders-db has user options set to 512; expected not set']],
});
