import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReplicationGroup } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-replication-group-automatic-failover-enabled.js';

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
      asset: group({ automaticFailover: 'disabled' }),
      messageId: 'off',
      message: 'ElastiCache replication group sessions does not fail over automatically (disabled)',
    },
  ],
  unknown: [{ asset: group({ automaticFailover: unknown('not recorded') }), field: 'automaticFailover' }],
});
