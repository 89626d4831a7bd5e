import { describe, expect, it } from 'vitest';
import { judge } from './testing/judge.js';

const FW = 'azure-sql-server-no-internet-firewall-rule';
const TDE = 'azure-sql-database-tde-enabled';
const AUDIT = 'azure-sql-server-auditing-enabled';
const PURGE = 'azure-keyvault-vault-purge-protection-enabled';
const EXPIRE = 'azure-keyvault-vault-secrets-expire';

describe('azurerm_mssql_server (+ firewall rules, auditing, databases)', () => {
  const server = (extra: string) => `variable "start" {}
resource "azurerm_mssql_server" "sql" {
  name                = "northwind-sql"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}
resource "azurerm_mssql_database" "orders" {
  name      = "orders"
  server_id = azurerm_mssql_server.sql.id
}
${extra}`;
  it('valid: an office range, auditing on, TDE by default', async () => {
    const got = await judge(
      server(`resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.sql.id
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}
resource "azurerm_mssql_server_extended_auditing_policy" "audit" {
  server_id         = azurerm_mssql_server.sql.id
  retention_in_days = 0
}`),
      [FW, TDE, AUDIT],
    );
    expect(got).toEqual({
      [`azurerm_mssql_server.sql ${FW}`]: 'pass main.tf:15',
      [`azurerm_mssql_server.sql ${TDE}`]: 'pass main.tf:2',
      [`azurerm_mssql_server.sql ${AUDIT}`]: 'pass main.tf:18',
    });
  });
  it('invalid: 0.0.0.0–255.255.255.255, no auditing; unknown: a start address from a variable', async () => {
    const rule = (start: string) => `resource "azurerm_mssql_firewall_rule" "all" {
  name             = "all"
  server_id        = azurerm_mssql_server.sql.id
  start_ip_address = ${start}
  end_ip_address   = "255.255.255.255"
}`;
    expect(await judge(server(rule('"0.0.0.0"')), [FW, AUDIT])).toEqual({
      [`azurerm_mssql_server.sql ${FW}`]: 'fail main.tf:15',
      [`azurerm_mssql_server.sql ${AUDIT}`]: 'fail main.tf:2',
    });
    expect(await judge(server(rule('var.start')), [FW])).toEqual({
      [`azurerm_mssql_server.sql ${FW}`]: 'error main.tf:15',
    });
  });
});

describe('azurerm_key_vault (+ secrets)', () => {
  const vault = (extra: string, secret: string) => `variable "purge" {}
resource "azurerm_key_vault" "kv" {
  name                = "northwind-kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
${extra}
}
resource "azurerm_key_vault_secret" "db" {
  name         = "db-password"
  value        = "not-a-real-secret"
  key_vault_id = azurerm_key_vault.kv.id
${secret}
}`;
  it('valid / invalid / unknown', async () => {
    expect(
      await judge(vault('  purge_protection_enabled = true', '  expiration_date = "2027-01-01T00:00:00Z"'), [
        PURGE,
        EXPIRE,
      ]),
    ).toEqual({
      [`azurerm_key_vault.kv ${PURGE}`]: 'pass main.tf:8',
      [`azurerm_key_vault.kv ${EXPIRE}`]: 'pass main.tf:2',
    });
    expect(await judge(vault('', ''), [PURGE, EXPIRE])).toEqual({
      [`azurerm_key_vault.kv ${PURGE}`]: 'fail main.tf:2',
      [`azurerm_key_vault.kv ${EXPIRE}`]: 'fail main.tf:2',
    });
    expect(await judge(vault('  purge_protection_enabled = var.purge', ''), [PURGE])).toEqual({
      [`azurerm_key_vault.kv ${PURGE}`]: 'error main.tf:8',
    });
  });
});
