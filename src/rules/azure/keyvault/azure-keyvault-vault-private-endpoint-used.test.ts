import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKeyVault } from '../testing/fixtures.js';
import { rule } from './azure-keyvault-vault-private-endpoint-used.js';

const subject = (config: Partial<typeof secureKeyVault>) =>
  assetOf('azure.keyvault.vault', { ...secureKeyVault, ...config }, { name: 'kv-prod' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ privateEndpointConnections: 0 }), messageId: 'none' }],
  unknown: [
    { asset: subject({ privateEndpointConnections: unknown('x') }), field: 'privateEndpointConnections' },
  ],
});
