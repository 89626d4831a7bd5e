import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlServer } from '../testing/fixtures.js';
import { rule } from './azure-sql-server-no-internet-firewall-rule.js';

const subject = (config: Partial<typeof secureSqlServer>) =>
  assetOf('azure.sql.server', { ...secureSqlServer, ...config }, { name: 'sql-orders' });

runRuleTests(rule, {
  valid: [
    subject({ publicNetworkAccess: 'Enabled' }),
    subject({
      publicNetworkAccess: 'Disabled',
      firewallRules: [{ name: 'all', start: '0.0.0.0', end: '255.255.255.255' }],
    }),
    subject({
      publicNetworkAccess: 'Enabled',
      firewallRules: [{ name: 'AllowAllWindowsAzureIps', start: '0.0.0.0', end: '0.0.0.0' }],
    }),
  ],
  invalid: [
    {
      asset: subject({
        publicNetworkAccess: 'Enabled',
        firewallRules: [{ name: 'AllowAll', start: '0.0.0.0', end: '255.255.255.255' }],
      }),
      messageId: 'open',
    },
    {
      asset: subject({
        publicNetworkAccess: null,
        firewallRules: [{ name: 'wide', start: '1.0.0.0', end: '100.0.0.0' }],
      }),
      messageId: 'open',
    },
  ],
  unknown: [
    {
      asset: subject({
        publicNetworkAccess: 'Enabled',
        firewallRules: unknown('firewallRules/listByServer denied'),
      }),
      field: 'firewallRules',
    },
  ],
});
