import { describe, expect, it } from 'vitest';
import { judge } from './testing/judge.js';

const SSH = 'azure-network-nsg-no-public-ssh';
const HTTPS = 'azure-storage-account-secure-transfer-required';

const nsgRule = (name: string, nsg: string, source: string, port = '22') => `
resource "azurerm_network_security_rule" "${name}" {
  name                        = "${name}"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "${port}"
  source_address_prefix       = ${source}
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = ${nsg}
}`;

describe('azurerm_network_security_group (+ azurerm_network_security_rule)', () => {
  it('valid: inline and separate rules admitting only private sources pass', async () => {
    const got = await judge(
      `resource "azurerm_network_security_group" "web" {
  name = "web-nsg"
  security_rule {
    name                       = "ssh-office"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "10.0.0.0/8"
    destination_address_prefix = "*"
  }
}
${nsgRule('vnet', 'azurerm_network_security_group.web.name', '"VirtualNetwork"')}`,
      [SSH],
    );
    expect(got).toEqual({ [`azurerm_network_security_group.web ${SSH}`]: 'pass main.tf:3' });
  });

  it('invalid: a separate rule joined by reference opens SSH; the finding points at its source prefix', async () => {
    const got = await judge(
      `resource "azurerm_network_security_group" "web" {
  name = "web-nsg"
}
${nsgRule('open', 'azurerm_network_security_group.web.name', '"Internet"', '20-25')}`,
      [SSH],
    );
    expect(got).toEqual({ [`azurerm_network_security_group.web ${SSH}`]: 'fail main.tf:13' });
  });

  it('invalid: rules naming a group the configuration does not declare become one asset of that group', async () => {
    const got = await judge(
      `${nsgRule('a', 'azurerm_network_security_group.elsewhere.name', '"10.0.0.0/8"')}
${nsgRule('b', 'azurerm_network_security_group.elsewhere.name', '"34.15.11.3/0"', '21, 22 ,24')}`,
      [SSH],
    );
    expect(got).toEqual({ [`azurerm_network_security_rule.a ${SSH}`]: 'fail main.tf:24' });
  });

  it('unknown: a source prefix from a variable without a value gives unknown, not pass', async () => {
    const tf = `variable "src" {}
resource "azurerm_network_security_group" "web" {
  name = "web-nsg"
}
${nsgRule('r', 'azurerm_network_security_group.web.name', 'var.src')}`;
    expect(await judge(tf, [SSH])).toEqual({
      [`azurerm_network_security_group.web ${SSH}`]: 'error main.tf:2',
    });
    expect(await judge(tf, [SSH], ['src=*'])).toEqual({
      [`azurerm_network_security_group.web ${SSH}`]: 'fail main.tf:14',
    });
  });
});

describe('azurerm_storage_account', () => {
  const account = (extra: string) => `variable "https" {}
resource "azurerm_storage_account" "sa" {
  name                     = "northwinddata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
${extra}
}`;
  it('valid: the provider default (HTTPS only) passes', async () => {
    expect(await judge(account(''), [HTTPS])).toEqual({
      [`azurerm_storage_account.sa ${HTTPS}`]: 'pass main.tf:2',
    });
  });
  it('invalid: HTTP allowed (azurerm 3 and 4 spellings)', async () => {
    expect(await judge(account('  enable_https_traffic_only = false'), [HTTPS])).toEqual({
      [`azurerm_storage_account.sa ${HTTPS}`]: 'fail main.tf:8',
    });
    expect(await judge(account('  https_traffic_only_enabled = false'), [HTTPS])).toEqual({
      [`azurerm_storage_account.sa ${HTTPS}`]: 'fail main.tf:8',
    });
  });
  it('unknown: from a variable without a value', async () => {
    expect(await judge(account('  https_traffic_only_enabled = var.https'), [HTTPS])).toEqual({
      [`azurerm_storage_account.sa ${HTTPS}`]: 'error main.tf:8',
    });
  });
});
