import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDisk } from '../testing/fixtures.js';
import { rule } from './azure-compute-disk-encrypted-with-cmk.js';

const disk = (config: Partial<typeof secureDisk>) =>
  assetOf('azure.compute.disk', { ...secureDisk, ...config }, { name: 'vm1-os' });

runRuleTests(rule, {
  valid: [disk({}), disk({ encryptionType: 'EncryptionAtRestWithPlatformAndCustomerKeys' })],
  invalid: [
    {
      asset: disk({ encryptionType: 'EncryptionAtRestWithPlatformKey', diskEncryptionSetId: null }),
      messageId: 'platform',
      message: 'Disk vm1-os is encrypted with platform-managed keys only (EncryptionAtRestWithPlatformKey)',
    },
    {
      name: 'encryption type not recorded',
      asset: disk({ encryptionType: null, diskEncryptionSetId: null }),
      messageId: 'platform',
      message:
        'Disk vm1-os is encrypted with platform-managed keys only (EncryptionAtRestWithPlatformKey by default)',
    },
  ],
  unknown: [{ asset: disk({ encryptionType: unknown('no properties') }), field: 'encryptionType' }],
});
