import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-custom-admin-username.js';

const base: typeof secureDbCluster = secureDbCluster;
const a = (config: Partial<typeof secureDbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ masterUsername: 'postgres' }),
      messageId: 'default',
      message: 'DB cluster orders uses the default administrator user name "postgres"',
    },
    {
      asset: a({ masterUsername: 'Admin' }),
      messageId: 'default',
      message: 'DB cluster orders uses the default administrator user name "Admin"',
    },
  ],
  unknown: [{ asset: a({ masterUsername: unknown('not recorded') }), field: 'masterUsername' }],
  notApplicable: [a({ ...secureDocdbCluster }), a({ masterUsername: null })],
});
