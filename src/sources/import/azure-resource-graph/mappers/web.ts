/**
 * microsoft.web/sites. HTTPS-only is on the site; TLS version, FTPS state, HTTP/2 and remote debugging
 * are in the site configuration, which Resource Graph does not return: they come from the live
 * scan's ARM detail (`parapet.arm.siteConfig`) and are unknown otherwise.
 */
import {
  armDetail,
  baseFromRow,
  column,
  configFromProperties,
  mapKnown,
  pick,
  type RowMapper,
} from './types.js';

const SITE = 'the App Service site configuration';

export const mapWebApp: RowMapper = (row, source) => {
  const siteConfig = armDetail(row, 'siteConfig', SITE);
  const fromConfig = (key: string) => mapKnown(siteConfig, (body) => pick(body, 'properties', key) ?? null);
  return [
    {
      type: 'azure.web.app',
      candidate: {
        ...baseFromRow(row, source),
        config: {
          kind: column(row, 'kind', (v) => v ?? null),
          ...configFromProperties(row, ['state', 'defaultHostName', 'hostNames'], {
            httpsOnly: (p) => p.opt('httpsOnly'),
          }),
          minTlsVersion: fromConfig('minTlsVersion'),
          ftpsState: fromConfig('ftpsState'),
          http20Enabled: fromConfig('http20Enabled'),
          remoteDebuggingEnabled: fromConfig('remoteDebuggingEnabled'),
        },
      },
    },
  ];
};
