import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKmsKey } from '../testing/fixtures.js';
import { rule } from './aws-kms-key-not-pending-deletion.js';

const key = (config: Partial<typeof secureKmsKey>) =>
  assetOf('aws.kms.key', { ...secureKmsKey, ...config }, { name: 'data-key' });

runRuleTests(rule, {
  valid: [key({}), key({ keyState: 'Disabled' })],
  invalid: [
    {
      asset: key({ keyState: 'PendingDeletion' }),
      messageId: 'pending',
      message: 'KMS key data-key is scheduled for deletion (PendingDeletion)',
    },
    { asset: key({ keyState: 'PendingReplicaDeletion' }), messageId: 'pending' },
  ],
  unknown: [
    { asset: key({ keyState: unknown('kms:DescribeKey was denied') }), field: 'keyState' },
    { asset: key({ keyManager: unknown('not recorded') }), field: 'keyManager' },
  ],
  notApplicable: [key({ keyManager: 'AWS', keyState: 'PendingDeletion' })],
});
