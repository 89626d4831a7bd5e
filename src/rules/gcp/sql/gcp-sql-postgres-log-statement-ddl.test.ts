import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-log-statement-ddl.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'log_statement',
  good: ['ddl', 'all'],
  bad: [
    ['none', 'PostgreSQL instance orders-db has log_statement set to none; expected ddl (or mod/all)'],
    [
      null,
      'PostgreSQL instance orders-db does not set log_statement (default none); expected ddl (or mod/all)',
    ],
  ],
});
