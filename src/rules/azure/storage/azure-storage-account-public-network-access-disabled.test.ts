import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-public-network-access-disabled.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({ publicNetworkAccess: 'Disabled' })],
  invalid: [
    { asset: subject({ publicNetworkAccess: 'Enabled' }), messageId: 'open' },
    { asset: subject({ publicNetworkAccess: null }), messageId: 'open' },
  ],
  unknown: [{ asset: subject({ publicNetworkAccess: unknown('x') }), field: 'publicNetworkAccess' }],
});
