import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-major-version-upgrade-enabled.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ allowVersionUpgrade: false }),
      messageId: 'off',
      message: 'Redshift cluster warehouse does not allow automatic major version upgrades',
    },
  ],
  unknown: [
    { asset: cluster({ allowVersionUpgrade: unknown('not recorded') }), field: 'allowVersionUpgrade' },
  ],
});
