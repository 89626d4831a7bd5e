import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-log-min-duration-statement-disabled.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'log_min_duration_statement',
  good: ['-1', null],
  bad: [
    ['0', 'PostgreSQL instance orders-db has log_min_duration_statement set to 0; expected -1 (disabled)'],
    [
      '250',
      'PostgreSQL instance orders-db has log_min_duration_statement set to 250; expected -1 (disabled)',
    ],
  ],
});
