import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-log-connections-on.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'log_connections',
  good: ['on'],
  bad: [
    ['off', 'PostgreSQL instance orders-db has log_connections set to off; expected on'],
    [null, 'PostgreSQL instance orders-db does not set log_connections (default off); expected on'],
  ],
});
