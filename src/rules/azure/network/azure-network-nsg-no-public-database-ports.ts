import { effectiveRules, exposedPorts } from '../../../inventory/azure/nsg-exposure.js';
import { portLabel, SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-nsg-no-public-database-ports',
  title: 'Network security groups do not allow database ports from the internet',
  description:
    'Databases and caches reachable from the internet (SQL Server, MySQL, PostgreSQL, Oracle, MongoDB, ' +
    'Redis, Elasticsearch, Cassandra, Memcached, CouchDB, HDFS) are found by scanners and attacked for ' +
    'weak credentials, known vulnerabilities and data theft. Rules are judged in priority order: an ' +
    'inbound Allow from `*`, `Internet`, `Any` or `0.0.0.0/0` covering one of these TCP ports fails, ' +
    'unless a Deny from the internet with a lower priority number covers the port first.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.network-security-group'],
  messages: {
    open: 'NSG {{name}} allows database ports {{ports}} from the internet through {{rules}}',
  },
  remediation: {
    text: 'Remove internet access to database ports: restrict the rule to the application subnets that need it, or use private endpoints.',
    cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes <app-subnet-cidr>',
    terraform:
      'resource "azurerm_network_security_rule" "db" {\n  # ...\n  source_address_prefix = "10.0.1.0/24" # the application subnet, not "*" or "Internet"\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/private-link/private-endpoint-overview',
  ],
  check(nsg, ctx) {
    const rules = effectiveRules(need(nsg.config, 'securityRules'), nsg.config.defaultSecurityRules);
    const hits = exposedPorts(rules, SENSITIVE_PORTS.database, 'Tcp');
    if (hits.length === 0) return ctx.pass();
    const ruleNames = [...new Set(hits.map((h) => `${h.rule.name} (priority ${h.rule.priority})`))];
    return ctx.fail(
      'open',
      { name: nsg.name, ports: hits.map((h) => portLabel(h.port)).join(', '), rules: ruleNames.join(', ') },
      { exposed: hits.map((h) => ({ port: h.port, source: h.source, rule: h.rule.name })) },
    );
  },
});
