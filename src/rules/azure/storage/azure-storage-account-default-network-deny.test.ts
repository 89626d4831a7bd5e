import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStorageAccount } from '../testing/fixtures.js';
import { rule } from './azure-storage-account-default-network-deny.js';

const account = (config: Partial<typeof secureStorageAccount>) =>
  assetOf('azure.storage.account', { ...secureStorageAccount, ...config }, { name: 'stdata' });
const allowAll = {
  defaultAction: 'Allow' as const,
  bypass: 'AzureServices',
  ipRules: [],
  virtualNetworkRules: [],
};

runRuleTests(rule, {
  valid: [
    account({}),
    {
      name: 'public network access disabled',
      asset: account({ publicNetworkAccess: 'Disabled', networkAcls: allowAll }),
    },
    {
      name: 'firewall unknown but public access disabled',
      asset: account({ publicNetworkAccess: 'Disabled', networkAcls: unknown('not projected') }),
    },
  ],
  invalid: [
    {
      asset: account({ networkAcls: allowAll }),
      messageId: 'open',
      message: 'Storage account stdata allows access from all networks (firewall default action is Allow)',
    },
    {
      name: 'no firewall at all',
      asset: account({ publicNetworkAccess: null, networkAcls: null }),
      messageId: 'open',
      message:
        'Storage account stdata allows access from all networks (firewall default action is Allow (no firewall))',
    },
  ],
  unknown: [
    { asset: account({ publicNetworkAccess: unknown('no properties') }), field: 'publicNetworkAccess' },
    { asset: account({ networkAcls: unknown('no properties') }), field: 'networkAcls' },
  ],
});
