import { effectiveRules, exposedPorts } from '../../../inventory/azure/nsg-exposure.js';
import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-nsg-no-public-rdp',
  title: 'Network security groups do not allow RDP from the internet',
  description:
    'RDP open to the internet is one of the most common ways into Windows estates: it is brute-forced ' +
    'and has had wormable vulnerabilities. Use Azure Bastion, a VPN or just-in-time access instead. Rules ' +
    'are judged in priority order: an inbound Allow from `*`, `Internet`, `Any` or `0.0.0.0/0` whose ' +
    'destination ports cover 3389 (TCP or any protocol) fails, unless a Deny from the internet with a ' +
    'lower priority number covers port 3389 for the same destinations first.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.network-security-group'],
  messages: {
    open: 'NSG {{name}} allows RDP (port 3389) from {{source}} through rule {{rule}} (priority {{priority}})',
  },
  remediation: {
    text: 'Restrict the rule to trusted source addresses, or remove it and use Azure Bastion or just-in-time VM access.',
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes <trusted-cidr>',
    terraform:
      'resource "azurerm_network_security_rule" "rdp" {\n  # ...\n  destination_port_range = "3389"\n  source_address_prefix  = "10.0.0.0/8" # not "*" or "Internet"\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
  ],
  check(nsg, ctx) {
    const rules = effectiveRules(need(nsg.config, 'securityRules'), nsg.config.defaultSecurityRules);
    const [hit] = exposedPorts(rules, SENSITIVE_PORTS.rdp, 'Tcp');
    if (hit === undefined) return ctx.pass();
    return ctx.fail(
      'open',
      { name: nsg.name, source: hit.source, rule: hit.rule.name, priority: hit.rule.priority },
      { port: hit.port, rule: hit.rule },
    );
  },
});
