/** App Service apps require TLS 1.2 or later. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-web-app-min-tls-1-2',
  title: 'App Service apps require TLS 1.2 or later',
  description:
    'TLS 1.0 and 1.1 have known weaknesses and are deprecated. The minimum TLS version is in the site configuration, read live from ARM.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['azure.web.app'],
  messages: {
    old: 'App Service app {{name}} accepts TLS {{version}}',
  },
  remediation: {
    text: 'Set the minimum TLS version to 1.2.',
    cli: 'az webapp config set --name <app> --resource-group <rg> --min-tls-version 1.2',
  },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/overview-tls'],
  check(a, ctx) {
    const v = need(a.config, 'minTlsVersion');
    return v === '1.2' || v === '1.3'
      ? ctx.pass()
      : ctx.fail('old', { name: a.name, version: v ?? 'not set' });
  },
});
