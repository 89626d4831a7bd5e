/** Application Gateways have HTTP/2 enabled. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-application-gateway-http2-enabled',
  title: 'Application Gateways have HTTP/2 enabled',
  description:
    'HTTP/2 between clients and the gateway brings header compression and multiplexing, and avoids downgrade-era HTTP/1.1 request smuggling issues at the edge.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.application-gateway'],
  messages: {
    off: 'Application Gateway {{name}} does not accept HTTP/2',
  },
  remediation: {
    text: 'Enable HTTP/2 on the gateway.',
    cli: 'az network application-gateway update --name <agw> --resource-group <rg> --http2 Enabled',
  },
  references: ['https://learn.microsoft.com/en-us/azure/application-gateway/configuration-listeners'],
  check(a, ctx) {
    return need(a.config, 'http2Enabled') === true ? ctx.pass() : ctx.fail('off', { name: a.name });
  },
});
