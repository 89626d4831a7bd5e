import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReplicationGroup } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-replication-group-redis-auth-enabled.js';

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
      asset: group({ authTokenEnabled: false }),
      messageId: 'off',
      message: 'ElastiCache replication group sessions runs Redis 5.0.6 without Redis AUTH',
    },
  ],
  unknown: [
    { asset: group({ engineVersion: unknown('not recorded') }), field: 'engineVersion' },
    { asset: group({ authTokenEnabled: unknown('not recorded') }), field: 'authTokenEnabled' },
    { asset: group({ engineVersion: null }), field: 'engineVersion' },
  ],
  notApplicable: [group({ engineVersion: '7.1', authTokenEnabled: false })],
});
