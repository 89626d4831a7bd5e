import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-public-blob-access-disabled.js';

const account = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ allowBlobPublicAccess: true }),
      messageId: 'allowed',
      message: 'Storage account stdata allows anonymous public access to its blobs',
    },
    {
      name: 'never set (older accounts default to allowed)',
      asset: account({ allowBlobPublicAccess: null }),
      messageId: 'notSet',
      message:
        'Storage account stdata does not disallow anonymous blob access (allowBlobPublicAccess is not set)',
    },
  ],
  unknown: [
    {
      asset: account({ allowBlobPublicAccess: unknown('no properties in the row') }),
      field: 'allowBlobPublicAccess',
    },
  ],
});
