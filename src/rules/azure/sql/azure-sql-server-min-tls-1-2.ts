import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-sql-server-min-tls-1-2',
  title: 'Azure SQL servers require TLS 1.2 or later',
  description:
    'TLS 1.0 and 1.1 have known weaknesses. Setting the minimal TLS version to 1.2 makes the server ' +
    'refuse clients that would negotiate an older protocol. A server with no minimum (`None` or not set) ' +
    'accepts them.',
  severity: 'medium',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['azure.sql.server'],
  messages: {
    old: 'SQL server {{name}} accepts TLS versions older than 1.2 (minimal TLS version is {{version}})',
  },
  remediation: {
    text: 'Set the minimal TLS version of the server to 1.2 after checking that clients support it.',
    cli: 'az sql server update --name <server> --resource-group <rg> --minimal-tls-version 1.2',
    terraform: 'resource "azurerm_mssql_server" "this" {\n  # ...\n  minimum_tls_version = "1.2"\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings'],
  check(server, ctx) {
    const version = need(server.config, 'minimalTlsVersion');
    const n = version === null ? NaN : Number(version);
    if (Number.isFinite(n) && n >= 1.2) return ctx.pass({ minimalTlsVersion: version });
    return ctx.fail(
      'old',
      { name: server.name, version: version ?? 'not set' },
      { minimalTlsVersion: version },
    );
  },
});
