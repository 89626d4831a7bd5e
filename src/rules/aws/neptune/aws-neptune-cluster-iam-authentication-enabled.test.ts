import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureNeptuneCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-neptune-cluster-iam-authentication-enabled.js';

const base: typeof secureNeptuneCluster = secureNeptuneCluster;
const a = (config: Partial<typeof secureNeptuneCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'graph' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ iamDatabaseAuthenticationEnabled: false }),
      messageId: 'off',
      message: 'Neptune cluster graph accepts requests without IAM authentication',
    },
  ],
  unknown: [
    {
      asset: a({ iamDatabaseAuthenticationEnabled: unknown('not recorded') }),
      field: 'iamDatabaseAuthenticationEnabled',
    },
  ],
  notApplicable: [a({ ...secureDbCluster })],
});
