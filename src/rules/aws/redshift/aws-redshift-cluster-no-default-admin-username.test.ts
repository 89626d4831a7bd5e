import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-no-default-admin-username.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ masterUsername: 'awsuser' }),
      messageId: 'default',
      message: 'Redshift cluster warehouse uses the default admin user name awsuser',
    },
  ],
  unknown: [{ asset: cluster({ masterUsername: unknown('not recorded') }), field: 'masterUsername' }],
});
