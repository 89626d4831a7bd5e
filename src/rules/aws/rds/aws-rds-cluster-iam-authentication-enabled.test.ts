import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-iam-authentication-enabled.js';

const base: typeof secureDbCluster = secureDbCluster;
const a = (config: Partial<typeof secureDbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ iamDatabaseAuthenticationEnabled: false }),
      messageId: 'off',
      message: 'DB cluster orders does not accept IAM database authentication',
    },
  ],
  unknown: [
    {
      asset: a({ iamDatabaseAuthenticationEnabled: unknown('not recorded') }),
      field: 'iamDatabaseAuthenticationEnabled',
    },
  ],
  notApplicable: [a({ ...secureDocdbCluster })],
});
