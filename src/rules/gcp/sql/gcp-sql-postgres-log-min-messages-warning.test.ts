import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-log-min-messages-warning.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'log_min_messages',
  good: ['warning', 'error', null],
  bad: [
    [
      'debug1',
      'PostgreSQL instance orders-db has log_min_messages set to debug1; expected warning or stricter',
    ],
    [
      'notice',
      'PostgreSQL instance orders-db has log_min_messages set to notice; expected warning or stricter',
    ],
  ],
});
