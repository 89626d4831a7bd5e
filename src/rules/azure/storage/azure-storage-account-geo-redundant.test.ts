import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-geo-redundant.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({}), subject({ skuName: 'Standard_RAGZRS' })],
  invalid: [
    { asset: subject({ skuName: 'Standard_LRS' }), messageId: 'local' },
    { asset: subject({ skuName: 'Premium_ZRS' }), messageId: 'local' },
  ],
  unknown: [{ asset: subject({ skuName: unknown('x') }), field: 'skuName' }],
});
