import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRedshiftCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-redshift-cluster-automatic-snapshots-enabled.js';

const cluster = (config: Partial<typeof secureRedshiftCluster>) =>
  assetOf('aws.redshift.cluster', { ...secureRedshiftCluster, ...config }, { name: 'warehouse' });

runRuleTests(rule, {
  valid: [cluster({}), cluster({ automatedSnapshotRetentionPeriod: 35 })],
  invalid: [
    {
      asset: cluster({ automatedSnapshotRetentionPeriod: 0 }),
      messageId: 'off',
      message: 'Redshift cluster warehouse has automated snapshots turned off',
    },
    {
      asset: cluster({ automatedSnapshotRetentionPeriod: 1 }),
      messageId: 'short',
      message: 'Redshift cluster warehouse keeps automated snapshots for 1 day(s); at least 7 are needed',
    },
  ],
  unknown: [
    {
      asset: cluster({ automatedSnapshotRetentionPeriod: unknown('not recorded') }),
      field: 'automatedSnapshotRetentionPeriod',
    },
  ],
});
