/** Application Gateway SSL policies require TLS 1.2 or later. */
import { TLS12_PREDEFINED_POLICIES } from '../../../inventory/azure/appgateway.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-application-gateway-tls-1-2',
  title: 'Application Gateway SSL policies require TLS 1.2 or later',
  description:
    'The SSL policy sets the oldest TLS version clients may use. Without one, older gateways accept TLS 1.0 and 1.1; a predefined policy must be one of the TLS 1.2 policies, a custom one must set minProtocolVersion TLSv1_2 or TLSv1_3.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['azure.network.application-gateway'],
  messages: {
    old: 'Application Gateway {{name}} accepts TLS older than 1.2 ({{policy}})',
  },
  remediation: {
    text: 'Set the SSL policy to AppGwSslPolicy20220101S (or a custom policy with minimum TLSv1_2).',
    cli: 'az network application-gateway ssl-policy set --gateway-name <agw> --resource-group <rg> --policy-type Predefined --name AppGwSslPolicy20220101S',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-ssl-policy-overview',
  ],
  check(a, ctx) {
    const type = need(a.config, 'sslPolicyType');
    const name = need(a.config, 'sslPolicyName');
    const min = need(a.config, 'sslMinProtocolVersion');
    const ok =
      type?.toLowerCase() === 'predefined'
        ? TLS12_PREDEFINED_POLICIES.has((name ?? '').toLowerCase())
        : min === 'TLSv1_2' || min === 'TLSv1_3';
    return ok
      ? ctx.pass()
      : ctx.fail('old', {
          name: a.name,
          policy: [type ?? 'no SSL policy', name, min].filter((x) => x).join(' '),
        });
  },
});
