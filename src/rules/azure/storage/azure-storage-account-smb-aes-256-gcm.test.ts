import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-smb-aes-256-gcm.js';

const subject = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ smbChannelEncryption: ['AES-128-CCM', 'AES-256-GCM'] }), messageId: 'weak' },
    { asset: subject({ smbChannelEncryption: null }), messageId: 'unset' },
  ],
  unknown: [{ asset: subject({ smbChannelEncryption: unknown('x') }), field: 'smbChannelEncryption' }],
});
