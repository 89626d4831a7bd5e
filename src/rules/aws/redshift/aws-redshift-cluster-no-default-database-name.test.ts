import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-no-default-database-name.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ dbName: 'dev' }),
      messageId: 'default',
      message: 'Redshift cluster warehouse uses the default database name dev',
    },
  ],
  unknown: [{ asset: cluster({ dbName: unknown('not recorded') }), field: 'dbName' }],
});
