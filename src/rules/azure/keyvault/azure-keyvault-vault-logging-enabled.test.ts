import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { diagnosticSetting, secureKeyVault } from '../testing/fixtures.js';
import { rule } from './azure-keyvault-vault-logging-enabled.js';

const subject = (config: Partial<typeof secureKeyVault>) =>
  assetOf('azure.keyvault.vault', { ...secureKeyVault, ...config }, { name: 'kv-prod' });

runRuleTests(rule, {
  valid: [subject({}), subject({ diagnosticSettings: [diagnosticSetting(['allLogs'])] })],
  invalid: [
    { asset: subject({ diagnosticSettings: [] }), messageId: 'none' },
    {
      asset: subject({ diagnosticSettings: [{ ...diagnosticSetting(['AuditEvent']), workspaceId: null }] }),
      messageId: 'none',
    },
  ],
  unknown: [{ asset: subject({ diagnosticSettings: unknown('x') }), field: 'diagnosticSettings' }],
});
