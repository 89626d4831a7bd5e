import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-custom-admin-username.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ masterUsername: 'admin' }),
      messageId: 'default',
      message: 'DB instance orders uses the default administrator user name "admin"',
    },
  ],
  unknown: [{ asset: a({ masterUsername: unknown('not recorded') }), field: 'masterUsername' }],
  notApplicable: [a({ clusterIdentifier: 'orders-cluster' }), a({ masterUsername: null })],
});
