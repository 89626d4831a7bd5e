import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApplicationGateway } from '../testing/fixtures.js';
import { rule } from './azure-network-application-gateway-tls-1-2.js';

const subject = (config: Partial<typeof secureApplicationGateway>) =>
  assetOf(
    'azure.network.application-gateway',
    { ...secureApplicationGateway, ...config },
    { name: 'agw-web' },
  );

runRuleTests(rule, {
  valid: [
    subject({}),
    subject({ sslPolicyType: 'CustomV2', sslPolicyName: null, sslMinProtocolVersion: 'TLSv1_3' }),
  ],
  invalid: [
    { asset: subject({ sslPolicyType: null, sslPolicyName: null }), messageId: 'old' },
    { asset: subject({ sslPolicyName: 'AppGwSslPolicy20150501' }), messageId: 'old' },
  ],
  unknown: [{ asset: subject({ sslPolicyType: unknown('x') }), field: 'sslPolicyType' }],
});
