import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-smb-3-1-1-only.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ smbVersions: ['SMB3.0', 'SMB3.1.1'] }), messageId: 'old' },
    { asset: subject({ smbVersions: null }), messageId: 'unset' },
  ],
  unknown: [{ asset: subject({ smbVersions: unknown('not read') }), field: 'smbVersions' }],
});
