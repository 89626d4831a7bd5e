import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-sqlserver-user-connections-unlimited.js';

sqlFlagRuleTests(rule, {
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'user connections',
  good: ['0', null],
  bad: [['100', 'SQL Server instance orders-db has user connections set to 100; expected 0 (unlimited)']],
});
