import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-blob-soft-delete-enabled.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ blobSoftDelete: null }), messageId: 'off' },
    { asset: subject({ blobSoftDelete: { enabled: false, days: null } }), messageId: 'off' },
  ],
  unknown: [
    {
      asset: subject({ blobSoftDelete: unknown('Resource Graph does not hold the blob service properties') }),
      field: 'blobSoftDelete',
    },
  ],
});
