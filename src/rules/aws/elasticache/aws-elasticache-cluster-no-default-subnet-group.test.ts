import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCacheCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-cluster-no-default-subnet-group.js';

const cluster = (config: Partial<typeof secureCacheCluster>) =>
  assetOf('aws.elasticache.cluster', { ...secureCacheCluster, ...config }, { name: 'sessions' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ cacheSubnetGroupName: 'default' }),
      messageId: 'default',
      message: 'ElastiCache cluster sessions uses the default subnet group',
    },
  ],
  unknown: [
    { asset: cluster({ cacheSubnetGroupName: unknown('not recorded') }), field: 'cacheSubnetGroupName' },
  ],
});
