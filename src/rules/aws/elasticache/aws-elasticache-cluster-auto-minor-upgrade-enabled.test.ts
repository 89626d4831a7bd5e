import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCacheCluster } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-cluster-auto-minor-upgrade-enabled.js';

const cluster = (config: Partial<typeof secureCacheCluster>) =>
  assetOf('aws.elasticache.cluster', { ...secureCacheCluster, ...config }, { name: 'sessions' });

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ autoMinorVersionUpgrade: false }),
      messageId: 'off',
      message: 'ElastiCache cluster sessions does not take minor version upgrades automatically',
    },
  ],
  unknown: [
    {
      asset: cluster({ autoMinorVersionUpgrade: unknown('not recorded') }),
      field: 'autoMinorVersionUpgrade',
    },
  ],
});
