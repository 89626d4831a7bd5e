import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-sqlserver-contained-database-authentication-off.js';

sqlFlagRuleTests(rule, {
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'contained database authentication',
  good: ['off', null],
  bad: [
    ['on', 'SQL Server instance orders-db has contained database authentication set to on; expected off'],
  ],
});
