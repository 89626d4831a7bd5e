import { effectiveRules, exposedPorts } from '../../../inventory/azure/nsg-exposure.js';
import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-nsg-no-public-ssh',
  title: 'Network security groups do not allow SSH from the internet',
  description:
    'SSH open to the internet is scanned and brute-forced within minutes of exposure. Administrative ' +
    'access should come through Azure Bastion, a VPN or just-in-time access from known addresses. Rules ' +
    'are judged in priority order: an inbound Allow from `*`, `Internet`, `Any` or `0.0.0.0/0` whose ' +
    'destination ports cover 22 (TCP or any protocol) fails, unless a Deny from the internet with a ' +
    'lower priority number covers port 22 for the same destinations first.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.network-security-group'],
  messages: {
    open: 'NSG {{name}} allows SSH (port 22) from {{source}} through rule {{rule}} (priority {{priority}})',
  },
  remediation: {
    text: 'Restrict the rule to trusted source addresses, or remove it and use Azure Bastion or just-in-time VM access.',
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes <trusted-cidr>',
    terraform:
      'resource "azurerm_network_security_rule" "ssh" {\n  # ...\n  destination_port_range = "22"\n  source_address_prefix  = "10.0.0.0/8" # not "*" or "Internet"\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
  ],
  check(nsg, ctx) {
    const rules = effectiveRules(need(nsg.config, 'securityRules'), nsg.config.defaultSecurityRules);
    const [hit] = exposedPorts(rules, SENSITIVE_PORTS.ssh, 'Tcp');
    if (hit === undefined) return ctx.pass();
    return ctx.fail(
      'open',
      { name: nsg.name, source: hit.source, rule: hit.rule.name, priority: hit.rule.priority },
      { port: hit.port, rule: hit.rule },
    );
  },
});
