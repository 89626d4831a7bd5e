import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKeyVault } from '../testing/fixtures.js';
import { rule } from './azure-keyvault-vault-public-network-access-disabled.js';

const vault = (config: Partial<typeof secureKeyVault>) =>
  assetOf('azure.keyvault.vault', { ...secureKeyVault, ...config }, { name: 'kv-prod' });
const acls = (defaultAction: 'Allow' | 'Deny') => ({
  defaultAction,
  bypass: 'AzureServices',
  ipRules: [],
  virtualNetworkRules: [],
});

runRuleTests(rule, {
  valid: [
    vault({}),
    {
      name: 'public access on, firewall denies by default',
      asset: vault({ publicNetworkAccess: 'Enabled', networkAcls: acls('Deny') }),
    },
  ],
  invalid: [
    {
      asset: vault({ publicNetworkAccess: 'Enabled', networkAcls: acls('Allow') }),
      messageId: 'open',
      message:
        'Key vault kv-prod accepts requests from all networks (public network access Enabled, firewall default action Allow)',
    },
    {
      name: 'nothing set',
      asset: vault({ publicNetworkAccess: null, networkAcls: null }),
      messageId: 'open',
      message:
        'Key vault kv-prod accepts requests from all networks (public network access not set, firewall default action Allow (no firewall))',
    },
  ],
  unknown: [
    { asset: vault({ publicNetworkAccess: unknown('no properties') }), field: 'publicNetworkAccess' },
    {
      asset: vault({ publicNetworkAccess: 'Enabled', networkAcls: unknown('no properties') }),
      field: 'networkAcls',
    },
  ],
});
