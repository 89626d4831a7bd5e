import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReplicationGroup } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-replication-group-backups-enabled.js';

const group = (config: Partial<typeof secureReplicationGroup>) =>
  assetOf(
    'aws.elasticache.replication-group',
    { ...secureReplicationGroup, ...config },
    { name: 'sessions' },
  );

runRuleTests(rule, {
  valid: [group({})],
  invalid: [
    {
      asset: group({ snapshotRetentionLimit: 0 }),
      messageId: 'off',
      message: 'ElastiCache replication group sessions has automatic backups turned off',
    },
  ],
  unknown: [
    { asset: group({ snapshotRetentionLimit: unknown('not recorded') }), field: 'snapshotRetentionLimit' },
  ],
});
