import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-mysql-tls-required.js';

const base: typeof secureDbInstance = { ...secureDbInstance, engine: 'mysql', port: 3306 };
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ requireTls: false }),
      messageId: 'optional',
      message:
        'RDS for MySQL DB instance orders accepts connections without TLS (require_secure_transport is not ON)',
    },
  ],
  unknown: [
    {
      asset: a({ requireTls: unknown('AWS Config does not record DB parameter group values') }),
      field: 'requireTls',
    },
  ],
  notApplicable: [a({ engine: 'postgres' })],
});
