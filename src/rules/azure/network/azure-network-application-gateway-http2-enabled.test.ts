import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApplicationGateway } from '../testing/fixtures.js';
import { rule } from './azure-network-application-gateway-http2-enabled.js';

const subject = (config: Partial<typeof secureApplicationGateway>) =>
  assetOf(
    'azure.network.application-gateway',
    { ...secureApplicationGateway, ...config },
    { name: 'agw-web' },
  );

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ http2Enabled: null }), messageId: 'off' },
    { asset: subject({ http2Enabled: false }), messageId: 'off' },
  ],
  unknown: [{ asset: subject({ http2Enabled: unknown('x') }), field: 'http2Enabled' }],
});
