import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-default-oauth-enabled.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ defaultToOAuthAuthentication: null }), messageId: 'off' },
    { asset: subject({ defaultToOAuthAuthentication: false }), messageId: 'off' },
  ],
  unknown: [
    { asset: subject({ defaultToOAuthAuthentication: unknown('x') }), field: 'defaultToOAuthAuthentication' },
  ],
});
