import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-not-public.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({})],
  invalid: [
    {
      asset: db({ publiclyAccessible: true }),
      messageId: 'public',
      message: 'DB instance orders is publicly accessible',
    },
  ],
  unknown: [{ asset: db({ publiclyAccessible: unknown('not recorded') }), field: 'publiclyAccessible' }],
});
