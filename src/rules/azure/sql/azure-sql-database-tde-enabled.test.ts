import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlServer } from '../testing/fixtures.js';
import { rule } from './azure-sql-database-tde-enabled.js';

const subject = (config: Partial<typeof secureSqlServer>) =>
  assetOf('azure.sql.server', { ...secureSqlServer, ...config }, { name: 'sql-orders' });

runRuleTests(rule, {
  valid: [subject({}), subject({ databases: [] })],
  invalid: [{ asset: subject({ databases: [{ name: 'orders', tdeState: 'Disabled' }] }), messageId: 'off' }],
  unknown: [{ asset: subject({ databases: unknown('x') }), field: 'databases' }],
});
