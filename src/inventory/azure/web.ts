/** Azure App Service apps (web apps, function apps): transport security and deployment access. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const webApp = defineAssetType({
  type: 'azure.web.app',
  provider: 'azure',
  title: 'App Service app',
  config: z.object({
    /** `app`, `functionapp`, `app,linux`, ... */
    kind: maybe(z.string().nullable()),
    /** HTTP requests are redirected to HTTPS; null when not set (off). */
    httpsOnly: maybe(z.boolean().nullable()),
    /** `1.0`, `1.1`, `1.2`, `1.3`; from the site configuration. */
    minTlsVersion: maybe(z.string().nullable()),
    /** `AllAllowed`, `FtpsOnly`, `Disabled`. */
    ftpsState: maybe(z.string().nullable()),
    http20Enabled: maybe(z.boolean().nullable()),
    remoteDebuggingEnabled: maybe(z.boolean().nullable()),
  }),
});
