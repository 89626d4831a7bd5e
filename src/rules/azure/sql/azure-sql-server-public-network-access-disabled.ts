import { defineRule, need } from '../../api.js';

/** `SecuredByPerimeter`: public access is governed by a network security perimeter, not open. */
const CLOSED = new Set(['disabled', 'securedbyperimeter']);

export const rule = defineRule({
  id: 'azure-sql-server-public-network-access-disabled',
  title: 'Azure SQL servers do not accept connections over the public network',
  description:
    'With public network access enabled, the server endpoint is reachable from the internet and only its ' +
    'firewall rules and authentication stand between an attacker and the databases. Disabling it makes ' +
    'the server reachable only through private endpoints. A server that never set the property accepts ' +
    'public connections.',
  severity: 'high',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['azure.sql.server'],
  messages: {
    enabled:
      'SQL server {{name}} accepts connections over the public network (publicNetworkAccess is {{value}})',
  },
  remediation: {
    text: 'Create private endpoints for the clients that need the server, then deny public network access.',
    cli: 'az sql server update --name <server> --resource-group <rg> --enable-public-network false',
    terraform:
      'resource "azurerm_mssql_server" "this" {\n  # ...\n  public_network_access_enabled = false\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings'],
  check(server, ctx) {
    const value = need(server.config, 'publicNetworkAccess');
    if (value !== null && CLOSED.has(value.toLowerCase())) return ctx.pass({ publicNetworkAccess: value });
    return ctx.fail(
      'enabled',
      { name: server.name, value: value ?? 'not set' },
      { publicNetworkAccess: value },
    );
  },
});
