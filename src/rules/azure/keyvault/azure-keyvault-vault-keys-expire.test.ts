import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKeyVault } from '../testing/fixtures.js';
import { rule } from './azure-keyvault-vault-keys-expire.js';

const subject = (config: Partial<typeof secureKeyVault>) =>
  assetOf('azure.keyvault.vault', { ...secureKeyVault, ...config }, { name: 'kv-prod' });

runRuleTests(rule, {
  valid: [
    subject({}),
    subject({ keys: [{ name: 'old', enabled: false, expires: null, autoRotate: false }] }),
  ],
  invalid: [
    {
      asset: subject({ keys: [{ name: 'forever', enabled: true, expires: null, autoRotate: false }] }),
      messageId: 'noExpiry',
    },
  ],
  unknown: [
    { asset: subject({ keys: unknown('keys/list of the vault: access denied (HTTP 403)') }), field: 'keys' },
  ],
});
