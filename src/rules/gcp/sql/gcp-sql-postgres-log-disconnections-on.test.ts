import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-log-disconnections-on.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'log_disconnections',
  good: ['on'],
  bad: [
    ['off', 'PostgreSQL instance orders-db has log_disconnections set to off; expected on'],
    [null, 'PostgreSQL instance orders-db does not set log_disconnections (default off); expected on'],
  ],
});
