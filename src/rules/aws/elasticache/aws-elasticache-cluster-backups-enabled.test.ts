import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCacheCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-cluster-backups-enabled.js';

const cluster = (config: Partial<typeof secureCacheCluster>) =>
  assetOf('aws.elasticache.cluster', { ...secureCacheCluster, ...config }, { name: 'sessions' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ snapshotRetentionLimit: 0 }),
      messageId: 'off',
      message: 'ElastiCache cluster sessions has automatic backups turned off',
    },
  ],
  unknown: [
    { asset: cluster({ engine: unknown('not recorded') }), field: 'engine' },
    { asset: cluster({ snapshotRetentionLimit: unknown('not recorded') }), field: 'snapshotRetentionLimit' },
  ],
  notApplicable: [
    cluster({ engine: 'memcached', snapshotRetentionLimit: null }),
    cluster({ replicationGroupId: 'sessions' }),
  ],
});
