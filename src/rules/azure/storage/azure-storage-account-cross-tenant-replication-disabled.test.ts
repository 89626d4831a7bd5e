import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-cross-tenant-replication-disabled.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ allowCrossTenantReplication: true }), messageId: 'on' },
    { asset: subject({ allowCrossTenantReplication: null }), messageId: 'on' },
  ],
  unknown: [
    { asset: subject({ allowCrossTenantReplication: unknown('x') }), field: 'allowCrossTenantReplication' },
  ],
});
