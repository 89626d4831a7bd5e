import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-combo-public-confidential-storage.js';

const account = (allowBlobPublicAccess: boolean, tags: Record<string, string>) =>
  assetOf(
    'azure.storage.account',
    { ...secureStorageAccount, allowBlobPublicAccess },
    { name: 'hrdocs', tags },
  );

runRuleTests(rule, {
  valid: [
    account(false, { 'data-classification': 'restricted' }),
    account(true, { 'data-classification': 'public' }),
  ],
  invalid: [
    {
      asset: account(true, { 'data-classification': 'restricted' }),
      messageId: 'toxic',
      message:
        'Storage account hrdocs is tagged restricted and internet → hrdocs via anonymous blob access allowed',
    },
  ],
  unknown: [],
  neverUnknown: 'it reads only the exposure graph and the failures of its component rules',
});
