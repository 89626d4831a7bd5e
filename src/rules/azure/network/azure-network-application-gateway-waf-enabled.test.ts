import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApplicationGateway } from '../testing/fixtures.js';
import { rule } from './azure-network-application-gateway-waf-enabled.js';

const subject = (config: Partial<typeof secureApplicationGateway>) =>
  assetOf(
    'azure.network.application-gateway',
    { ...secureApplicationGateway, ...config },
    { name: 'agw-web' },
  );

runRuleTests(rule, {
  valid: [subject({}), subject({ firewallPolicyId: null, wafConfigurationEnabled: true, skuTier: 'WAF' })],
  invalid: [
    { asset: subject({ skuTier: 'Standard_v2', firewallPolicyId: null }), messageId: 'none' },
    { asset: subject({ firewallPolicyId: null, wafConfigurationEnabled: false }), messageId: 'none' },
  ],
  unknown: [{ asset: subject({ skuTier: unknown('x') }), field: 'skuTier' }],
});
