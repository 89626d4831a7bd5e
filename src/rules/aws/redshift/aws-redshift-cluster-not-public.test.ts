import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-not-public.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ publiclyAccessible: true }),
      messageId: 'public',
      message: 'Redshift cluster warehouse is publicly accessible',
    },
  ],
  unknown: [{ asset: cluster({ publiclyAccessible: unknown('not recorded') }), field: 'publiclyAccessible' }],
});
