import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKeyVault } from '../testing/fixtures.js';
import { rule } from './azure-keyvault-vault-rbac-authorization-enabled.js';

const vault = (config: Partial<typeof secureKeyVault>) =>
  assetOf('azure.keyvault.vault', { ...secureKeyVault, ...config }, { name: 'kv-prod' });

runRuleTests(rule, {
  valid: [vault({})],
  invalid: [
    {
      asset: vault({ rbacAuthorization: false }),
      messageId: 'policies',
      message: 'Key vault kv-prod uses access policies instead of Azure RBAC authorisation',
    },
    { name: 'not set', asset: vault({ rbacAuthorization: null }), messageId: 'policies' },
  ],
  unknown: [{ asset: vault({ rbacAuthorization: unknown('no properties') }), field: 'rbacAuthorization' }],
});
