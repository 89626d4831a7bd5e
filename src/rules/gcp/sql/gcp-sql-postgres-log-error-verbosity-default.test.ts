import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-log-error-verbosity-default.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'log_error_verbosity',
  good: ['default', 'terse', null],
  bad: [
    [
      'verbose',
      'PostgreSQL instance orders-db has log_error_verbosity set to verbose; expected default or terse',
    ],
  ],
});
