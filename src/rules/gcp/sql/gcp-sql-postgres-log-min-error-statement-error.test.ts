import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-log-min-error-statement-error.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'log_min_error_statement',
  good: ['error', 'panic', null],
  bad: [
    [
      'warning',
      'PostgreSQL instance orders-db has log_min_error_statement set to warning; expected error or stricter',
    ],
  ],
});
