import { sqlFlagRuleTests } from '../testing/sql-flags.js';
import { rule } from './gcp-sql-postgres-pgaudit-enabled.js';

sqlFlagRuleTests(rule, {
  version: 'POSTGRES_15',
  flag: 'cloudsql.enable_pgaudit',
  good: ['on'],
  bad: [
    ['off', 'PostgreSQL instance orders-db has cloudsql.enable_pgaudit set to off; expected on'],
    [null, 'PostgreSQL instance orders-db does not set cloudsql.enable_pgaudit (default off); expected on'],
  ],
});
