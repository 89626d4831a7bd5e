import { effectiveRules, exposedPorts } from '../../../inventory/azure/nsg-exposure.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-nsg-no-public-http',
  title: 'Network security groups do not allow HTTP or HTTPS from the internet without review',
  description:
    'Web ports (80 and 443) open to the whole internet expose whatever listens behind the group. ' +
    'Public web front ends belong behind Application Gateway with WAF or Front Door, and other groups ' +
    'should admit web traffic only from known ranges. Rules are judged in priority order, as for SSH: ' +
    'an inbound Allow from `*`, `Internet`, `Any` or `0.0.0.0/0` covering port 80 or 443 (TCP or any ' +
    'protocol) fails unless an earlier world-sourced Deny covers it.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.network-security-group'],
  messages: {
    open: 'NSG {{name}} allows port {{port}} from {{source}} through rule {{rule}} (priority {{priority}})',
  },
  remediation: {
    text: 'Restrict the rule to the load balancer, Application Gateway or Front Door ranges (service tags) or known addresses; publish web apps through a WAF.',
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes AzureFrontDoor.Backend',
  },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview'],
  check(nsg, ctx) {
    const rules = effectiveRules(need(nsg.config, 'securityRules'), nsg.config.defaultSecurityRules);
    const [hit] = exposedPorts(rules, [80, 443], 'Tcp');
    if (hit === undefined) return ctx.pass();
    return ctx.fail(
      'open',
      {
        name: nsg.name,
        port: hit.port,
        source: hit.source,
        rule: hit.rule.name,
        priority: hit.rule.priority,
      },
      { port: hit.port, rule: hit.rule },
    );
  },
});
