import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKeyVault } from '../testing/fixtures.js';
import { rule } from './azure-keyvault-vault-key-rotation-enabled.js';

const subject = (config: Partial<typeof secureKeyVault>) =>
  assetOf('azure.keyvault.vault', { ...secureKeyVault, ...config }, { name: 'kv-prod' });

runRuleTests(rule, {
  valid: [subject({}), subject({ keys: [] })],
  invalid: [
    {
      asset: subject({ keys: [{ name: 'cmk', enabled: true, expires: null, autoRotate: false }] }),
      messageId: 'manual',
    },
  ],
  unknown: [{ asset: subject({ keys: unknown('denied') }), field: 'keys' }],
});
