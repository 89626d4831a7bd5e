import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlServer } from '../testing/fixtures.js';
import { rule } from './azure-sql-server-min-tls-1-2.js';

const server = (config: Partial<typeof secureSqlServer>) =>
  assetOf('azure.sql.server', { ...secureSqlServer, ...config }, { name: 'sql-orders' });

runRuleTests(rule, {
  valid: [server({}), server({ minimalTlsVersion: '1.3' })],
  invalid: [
    {
      asset: server({ minimalTlsVersion: '1.0' }),
      messageId: 'old',
      message: 'SQL server sql-orders accepts TLS versions older than 1.2 (minimal TLS version is 1.0)',
    },
    { name: 'no minimum', asset: server({ minimalTlsVersion: 'None' }), messageId: 'old' },
    {
      name: 'not set',
      asset: server({ minimalTlsVersion: null }),
      messageId: 'old',
      message: 'SQL server sql-orders accepts TLS versions older than 1.2 (minimal TLS version is not set)',
    },
  ],
  unknown: [{ asset: server({ minimalTlsVersion: unknown('no properties') }), field: 'minimalTlsVersion' }],
});
