/** Application Gateways have a Web Application Firewall. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-application-gateway-waf-enabled',
  title: 'Application Gateways have a Web Application Firewall',
  description:
    'A WAF (a WAF SKU with a WAF policy, or the legacy WAF configuration enabled) inspects requests for the OWASP top attacks before they reach the application.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.application-gateway'],
  messages: {
    none: 'Application Gateway {{name}} has no Web Application Firewall (SKU tier {{tier}})',
  },
  remediation: {
    text: 'Use the WAF_v2 SKU and associate a WAF policy in Prevention mode.',
    cli: 'az network application-gateway update --name <agw> --resource-group <rg> --sku WAF_v2 --set firewallPolicy.id=<policy-id>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview'],
  check(a, ctx) {
    const tier = need(a.config, 'skuTier');
    const waf =
      /^waf/i.test(tier ?? '') &&
      (need(a.config, 'firewallPolicyId') !== null || need(a.config, 'wafConfigurationEnabled') === true);
    return waf ? ctx.pass() : ctx.fail('none', { name: a.name, tier: tier ?? 'unknown' });
  },
});
