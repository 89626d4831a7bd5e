import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReplicationGroup } from '../testing/analytics-fixtures.js';
import { rule } from './aws-elasticache-replication-group-encrypted-at-rest.js';

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
      asset: group({ atRestEncryption: false }),
      messageId: 'off',
      message: 'ElastiCache replication group sessions is not encrypted at rest',
    },
  ],
  unknown: [{ asset: group({ atRestEncryption: unknown('not recorded') }), field: 'atRestEncryption' }],
});
