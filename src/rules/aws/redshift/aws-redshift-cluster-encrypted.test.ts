import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-encrypted.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ encrypted: false, kmsKeyId: null }),
      messageId: 'off',
      message: 'Redshift cluster warehouse is not encrypted at rest',
    },
  ],
  unknown: [{ asset: cluster({ encrypted: unknown('not recorded') }), field: 'encrypted' }],
});
