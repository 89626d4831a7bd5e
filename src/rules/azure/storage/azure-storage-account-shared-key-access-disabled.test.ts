import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-shared-key-access-disabled.js';

const account = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ allowSharedKeyAccess: true }),
      messageId: 'allowed',
      message: 'Storage account stdata accepts Shared Key (account key) authorisation',
    },
    {
      asset: account({ allowSharedKeyAccess: null }),
      messageId: 'allowed',
      message:
        'Storage account stdata accepts Shared Key (account key) authorisation (not set, which means allowed)',
    },
  ],
  unknown: [
    { asset: account({ allowSharedKeyAccess: unknown('no properties') }), field: 'allowSharedKeyAccess' },
  ],
});
