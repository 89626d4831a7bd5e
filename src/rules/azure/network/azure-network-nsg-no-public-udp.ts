import { effectiveRules, formatRanges, worldExposures } from '../../../inventory/azure/nsg-exposure.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-nsg-no-public-udp',
  title: 'Network security groups do not allow UDP from the internet',
  description:
    'UDP services open to the internet (DNS, NTP, SNMP, SSDP, CLDAP, ...) are abused for reflection and ' +
    'amplification DDoS attacks, and UDP exposure is rarely intended. Rules are judged in priority order: ' +
    'an inbound Allow from `*`, `Internet`, `Any` or `0.0.0.0/0` with protocol UDP or any fails for the ' +
    'ports that no earlier Deny from the internet covers.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.network-security-group'],
  messages: {
    open: 'NSG {{name}} allows UDP {{ports}} from {{source}} through rule {{rule}} (priority {{priority}})',
  },
  remediation: {
    text: 'Restrict UDP rules to the source addresses that need them, or set the protocol to TCP where UDP is not needed.',
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes <trusted-cidr>',
    terraform:
      'resource "azurerm_network_security_rule" "this" {\n  # ...\n  protocol              = "Tcp"        # not "Udp" or "*" from the internet\n  source_address_prefix = "10.0.0.0/8"\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview',
  ],
  check(nsg, ctx) {
    const rules = effectiveRules(need(nsg.config, 'securityRules'), nsg.config.defaultSecurityRules);
    const exposures = worldExposures(rules, 'Udp');
    const [first] = exposures;
    if (first === undefined) return ctx.pass();
    return ctx.fail(
      'open',
      {
        name: nsg.name,
        ports: formatRanges(first.ranges),
        source: first.source,
        rule: first.rule.name,
        priority: first.rule.priority,
      },
      {
        exposed: exposures.map((e) => ({
          rule: e.rule.name,
          source: e.source,
          ports: formatRanges(e.ranges),
        })),
      },
    );
  },
});
