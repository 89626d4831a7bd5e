import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-min-tls-1-2.js';

const account = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [account({}), account({ minimumTlsVersion: 'TLS1_3' })],
  invalid: [
    {
      asset: account({ minimumTlsVersion: 'TLS1_0' }),
      messageId: 'old',
      message: 'Storage account stdata accepts TLS versions older than 1.2 (minimum is TLS1_0)',
    },
    {
      name: 'not set',
      asset: account({ minimumTlsVersion: null }),
      messageId: 'old',
      message: 'Storage account stdata accepts TLS versions older than 1.2 (minimum is not set (TLS 1.0))',
    },
  ],
  unknown: [{ asset: account({ minimumTlsVersion: unknown('not projected') }), field: 'minimumTlsVersion' }],
});
