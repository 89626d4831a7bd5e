import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-keys-rotated-90-days.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    {
      asset: subject({ keyCreationTime: { key1: '2025-01-01T00:00:00Z', key2: '2026-05-01T00:00:00Z' } }),
      messageId: 'old',
    },
    { asset: subject({ keyCreationTime: null }), messageId: 'unrecorded' },
  ],
  unknown: [{ asset: subject({ keyCreationTime: unknown('x') }), field: 'keyCreationTime' }],
});
