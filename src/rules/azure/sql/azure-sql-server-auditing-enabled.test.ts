import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlServer } from '../testing/fixtures.js';
import { rule } from './azure-sql-server-auditing-enabled.js';

const subject = (config: Partial<typeof secureSqlServer>) =>
  assetOf('azure.sql.server', { ...secureSqlServer, ...config }, { name: 'sql-orders' });

runRuleTests(rule, {
  valid: [subject({}), subject({ auditing: { enabled: true, retentionDays: 0 } })],
  invalid: [
    { asset: subject({ auditing: { enabled: false, retentionDays: 0 } }), messageId: 'off' },
    { asset: subject({ auditing: { enabled: true, retentionDays: 30 } }), messageId: 'short' },
  ],
  unknown: [{ asset: subject({ auditing: unknown('x') }), field: 'auditing' }],
});
