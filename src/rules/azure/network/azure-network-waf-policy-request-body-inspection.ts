/** Application Gateway WAF policies inspect request bodies. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-waf-policy-request-body-inspection',
  title: 'Application Gateway WAF policies inspect request bodies',
  description:
    'Without request body inspection the WAF looks only at URLs and headers, and attacks carried in POST bodies pass. When not set, the service inspects bodies.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.waf-policy'],
  messages: {
    off: 'WAF policy {{name}} does not inspect request bodies',
  },
  remediation: {
    text: 'Turn on request body inspection in the policy settings.',
    cli: 'az network application-gateway waf-policy policy-setting update --policy-name <policy> --resource-group <rg> --request-body-check true',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/application-gateway-waf-request-size-limits',
  ],
  check(a, ctx) {
    return need(a.config, 'requestBodyCheck') === false ? ctx.fail('off', { name: a.name }) : ctx.pass();
  },
});
