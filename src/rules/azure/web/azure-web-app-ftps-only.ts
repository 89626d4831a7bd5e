/** App Service apps allow FTP deployment only over FTPS, or not at all. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-web-app-ftps-only',
  title: 'App Service apps allow FTP deployment only over FTPS, or not at all',
  description:
    'Plain FTP sends deployment credentials and code in clear text. FTPS only, or FTP disabled, prevents that.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['azure.web.app'],
  messages: {
    ftp: 'App Service app {{name}} allows plain FTP (ftpsState {{state}})',
  },
  remediation: {
    text: 'Set FTP state to FTPS only, or disable FTP.',
    cli: 'az webapp config set --name <app> --resource-group <rg> --ftps-state Disabled',
  },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/deploy-ftp'],
  check(a, ctx) {
    const s = need(a.config, 'ftpsState');
    return s === 'FtpsOnly' || s === 'Disabled'
      ? ctx.pass()
      : ctx.fail('ftp', { name: a.name, state: s ?? 'not set' });
  },
});
