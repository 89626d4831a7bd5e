/** App Service apps redirect HTTP to HTTPS. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-web-app-https-only',
  title: 'App Service apps redirect HTTP to HTTPS',
  description:
    'With HTTPS Only, plain HTTP requests are redirected to HTTPS, so credentials and session cookies never cross the network in clear text.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['azure.web.app'],
  messages: {
    off: 'App Service app {{name}} accepts plain HTTP (HTTPS Only is off)',
  },
  remediation: {
    text: 'Turn on HTTPS Only.',
    cli: 'az webapp update --name <app> --resource-group <rg> --https-only true',
  },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings'],
  check(a, ctx) {
    return need(a.config, 'httpsOnly') === true ? ctx.pass() : ctx.fail('off', { name: a.name });
  },
});
