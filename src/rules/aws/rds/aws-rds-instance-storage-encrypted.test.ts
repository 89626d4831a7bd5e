import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-storage-encrypted.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({})],
  invalid: [
    {
      asset: db({ storageEncrypted: false, kmsKeyId: null }),
      messageId: 'unencrypted',
      message: 'DB instance orders storage is not encrypted',
    },
  ],
  unknown: [{ asset: db({ storageEncrypted: unknown('not recorded') }), field: 'storageEncrypted' }],
});
