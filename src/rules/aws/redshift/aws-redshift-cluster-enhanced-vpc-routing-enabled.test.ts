import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-enhanced-vpc-routing-enabled.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ enhancedVpcRouting: false }),
      messageId: 'off',
      message: 'Redshift cluster warehouse does not use enhanced VPC routing',
    },
  ],
  unknown: [{ asset: cluster({ enhancedVpcRouting: unknown('not recorded') }), field: 'enhancedVpcRouting' }],
});
