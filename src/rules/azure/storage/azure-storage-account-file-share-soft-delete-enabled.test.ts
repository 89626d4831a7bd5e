import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-file-share-soft-delete-enabled.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ fileShareSoftDelete: null }), messageId: 'off' }],
  unknown: [
    {
      asset: subject({ fileShareSoftDelete: unknown('fileServices read failed') }),
      field: 'fileShareSoftDelete',
    },
  ],
});
