import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-trusted-services-allowed.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    {
      asset: subject({
        networkAcls: { defaultAction: 'Deny', bypass: null, ipRules: [], virtualNetworkRules: [] },
      }),
      messageId: 'blocked',
    },
  ],
  unknown: [{ asset: subject({ networkAcls: unknown('x') }), field: 'networkAcls' }],
  notApplicable: [subject({ networkAcls: null })],
});
