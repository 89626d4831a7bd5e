import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-sqlserver-external-scripts-disabled.js';

sqlFlagRuleTests(rule, {
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'external scripts enabled',
  good: ['off', null],
  bad: [['on', 'SQL Server instance orders-db has external scripts enabled set to on; expected off']],
});
