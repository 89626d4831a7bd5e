import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReplicationGroup } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-replication-group-encrypted-in-transit.js';

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
      asset: group({ transitEncryption: false }),
      messageId: 'off',
      message: 'ElastiCache replication group sessions does not encrypt data in transit',
    },
  ],
  unknown: [{ asset: group({ transitEncryption: unknown('not recorded') }), field: 'transitEncryption' }],
});
