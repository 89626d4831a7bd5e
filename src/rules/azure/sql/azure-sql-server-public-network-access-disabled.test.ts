import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlServer } from '../testing/fixtures.js';
import { rule } from './azure-sql-server-public-network-access-disabled.js';

const server = (config: Partial<typeof secureSqlServer>) =>
  assetOf('azure.sql.server', { ...secureSqlServer, ...config }, { name: 'sql-orders' });

runRuleTests(rule, {
  valid: [server({}), server({ publicNetworkAccess: 'SecuredByPerimeter' })],
  invalid: [
    {
      asset: server({ publicNetworkAccess: 'Enabled' }),
      messageId: 'enabled',
      message:
        'SQL server sql-orders accepts connections over the public network (publicNetworkAccess is Enabled)',
    },
    {
      asset: server({ publicNetworkAccess: null }),
      messageId: 'enabled',
      message:
        'SQL server sql-orders accepts connections over the public network (publicNetworkAccess is not set)',
    },
  ],
  unknown: [
    { asset: server({ publicNetworkAccess: unknown('no properties') }), field: 'publicNetworkAccess' },
  ],
});
