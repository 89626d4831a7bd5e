import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-non-default-port.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({ port: 15432 }), a({ engine: 'mysql', port: 5432 })],
  invalid: [
    {
      asset: a({}),
      messageId: 'default',
      message: "DB instance orders listens on postgres's default port 5432",
    },
    {
      asset: a({ engine: 'sqlserver-ee', port: 1433 }),
      messageId: 'default',
      message: "DB instance orders listens on sqlserver-ee's default port 1433",
    },
  ],
  unknown: [{ asset: a({ port: unknown('not recorded') }), field: 'port' }],
  notApplicable: [a({ port: null }), a({ engine: 'custom-oracle-xyz' })],
});
