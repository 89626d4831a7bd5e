import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReplicationInstance } from '../testing/analytics-fixtures.js';
import { rule } from './aws-dms-replication-instance-not-public.js';

const instance = (config: Partial<typeof secureReplicationInstance>) =>
  assetOf('aws.dms.replication-instance', { ...secureReplicationInstance, ...config }, { name: 'migrate' });

runRuleTests(rule, {
  valid: [instance({})],
  invalid: [
    {
      asset: instance({ publiclyAccessible: true }),
      messageId: 'public',
      message: 'DMS replication instance migrate is publicly accessible',
    },
  ],
  unknown: [
    { asset: instance({ publiclyAccessible: unknown('not recorded') }), field: 'publiclyAccessible' },
  ],
});
