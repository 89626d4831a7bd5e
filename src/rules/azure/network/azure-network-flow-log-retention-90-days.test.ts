import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFlowLog } from '../testing/fixtures.js';
import { rule } from './azure-network-flow-log-retention-90-days.js';

const subject = (config: Partial<typeof secureFlowLog>) =>
  assetOf('azure.network.flow-log', { ...secureFlowLog, ...config }, { name: 'fl-nsg-web' });

runRuleTests(rule, {
  valid: [subject({}), subject({ retention: { enabled: true, days: 0 } })],
  invalid: [
    { asset: subject({ retention: { enabled: true, days: 30 } }), messageId: 'short' },
    { asset: subject({ enabled: false }), messageId: 'off' },
    { asset: subject({ retention: null }), messageId: 'off' },
  ],
  unknown: [{ asset: subject({ retention: unknown('x') }), field: 'retention' }],
});
