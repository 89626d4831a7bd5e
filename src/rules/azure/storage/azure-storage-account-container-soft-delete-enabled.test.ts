import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-container-soft-delete-enabled.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ containerSoftDelete: null }), messageId: 'off' },
    { asset: subject({ containerSoftDelete: { enabled: false, days: null } }), messageId: 'off' },
  ],
  unknown: [
    {
      asset: subject({ containerSoftDelete: unknown('blobServices read denied') }),
      field: 'containerSoftDelete',
    },
  ],
});
