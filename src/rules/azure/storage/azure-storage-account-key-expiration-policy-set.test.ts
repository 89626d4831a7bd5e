import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-key-expiration-policy-set.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ keyExpirationPeriodInDays: null }), messageId: 'none' }],
  unknown: [
    { asset: subject({ keyExpirationPeriodInDays: unknown('x') }), field: 'keyExpirationPeriodInDays' },
  ],
});
