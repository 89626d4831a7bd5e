import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-infrastructure-encryption-enabled.js';

const account = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ infrastructureEncryption: null }),
      messageId: 'off',
      message: 'Storage account stdata does not use infrastructure encryption',
    },
    { asset: account({ infrastructureEncryption: false }), messageId: 'off' },
  ],
  unknown: [
    {
      asset: account({ infrastructureEncryption: unknown('no properties') }),
      field: 'infrastructureEncryption',
    },
  ],
});
