import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlServer } from '../testing/fixtures.js';
import { rule } from './azure-sql-server-entra-admin-configured.js';

const server = (config: Partial<typeof secureSqlServer>) =>
  assetOf('azure.sql.server', { ...secureSqlServer, ...config }, { name: 'sql-orders' });

runRuleTests(rule, {
  valid: [server({})],
  invalid: [
    {
      asset: server({ entraAdmin: null, entraOnlyAuthentication: null, administratorLogin: 'sqladmin' }),
      messageId: 'none',
      message: 'SQL server sql-orders has no Microsoft Entra admin configured',
    },
  ],
  unknown: [{ asset: server({ entraAdmin: unknown('no properties') }), field: 'entraAdmin' }],
});
