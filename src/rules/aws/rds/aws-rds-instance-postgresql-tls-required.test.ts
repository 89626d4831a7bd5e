import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-postgresql-tls-required.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ requireTls: false }),
      messageId: 'optional',
      message:
        'RDS for PostgreSQL DB instance orders accepts connections without TLS (rds.force_ssl is not 1)',
    },
  ],
  unknown: [
    {
      asset: a({ requireTls: unknown('AWS Config does not record DB parameter group values') }),
      field: 'requireTls',
    },
  ],
  notApplicable: [a({ engine: 'mysql' })],
});
