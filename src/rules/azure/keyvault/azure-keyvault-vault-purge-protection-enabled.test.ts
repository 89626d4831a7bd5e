import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKeyVault } from '../testing/fixtures.js';
import { rule } from './azure-keyvault-vault-purge-protection-enabled.js';

const vault = (config: Partial<typeof secureKeyVault>) =>
  assetOf('azure.keyvault.vault', { ...secureKeyVault, ...config }, { name: 'kv-prod' });

runRuleTests(rule, {
  valid: [vault({})],
  invalid: [
    {
      name: 'never set',
      asset: vault({ purgeProtectionEnabled: null }),
      messageId: 'off',
      message: 'Key vault kv-prod does not have purge protection enabled',
    },
  ],
  unknown: [
    { asset: vault({ purgeProtectionEnabled: unknown('no properties') }), field: 'purgeProtectionEnabled' },
  ],
});
