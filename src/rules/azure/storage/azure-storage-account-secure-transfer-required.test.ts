import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-secure-transfer-required.js';

const account = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ httpsOnly: false }),
      messageId: 'off',
      message: 'Storage account stdata accepts plain HTTP requests (secure transfer is not required)',
    },
  ],
  unknown: [
    {
      asset: account({ httpsOnly: unknown('properties.supportsHttpsTrafficOnly is absent') }),
      field: 'httpsOnly',
    },
  ],
});
