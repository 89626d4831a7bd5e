import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-deletion-protection-enabled.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({})],
  invalid: [
    {
      asset: db({ deletionProtection: false }),
      messageId: 'off',
      message: 'DB instance orders can be deleted without first turning off deletion protection',
    },
  ],
  unknown: [
    {
      asset: db({
        deletionProtection: unknown('the AWS Config record has no configuration.deletionProtection'),
      }),
      field: 'deletionProtection',
    },
  ],
});
