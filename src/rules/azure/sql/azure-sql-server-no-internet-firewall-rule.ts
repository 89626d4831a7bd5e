/** SQL servers have no firewall rule open to the internet. */
import { ipv4ToNumber } from '../../../inventory/azure/sql-net.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-sql-server-no-internet-firewall-rule',
  title: 'SQL servers have no firewall rule open to the internet',
  description:
    'A server-level firewall rule from 0.0.0.0 to 255.255.255.255 (or any rule spanning a large share of the internet) makes the database endpoint reachable from anywhere, leaving only the password between an attacker and the data. Judged only when public network access is not disabled.',
  severity: 'critical',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.sql.server'],
  messages: {
    open: 'SQL server {{name}} firewall rule {{rule}} admits {{start}} to {{end}} from the internet',
  },
  remediation: {
    text: 'Delete the rule and allow only the addresses that need access, or disable public network access and use private endpoints.',
    cli: 'az sql server firewall-rule delete --server <server> --resource-group <rg> --name <rule>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure'],
  check(a, ctx) {
    if (need(a.config, 'publicNetworkAccess') === 'Disabled')
      return ctx.pass({ publicNetworkAccess: 'Disabled' });
    for (const r of need(a.config, 'firewallRules')) {
      const start = ipv4ToNumber(r.start);
      const end = ipv4ToNumber(r.end);
      // 0.0.0.0-0.0.0.0 is Azure's "allow Azure services" marker, not an internet range.
      if (start === undefined || end === undefined || end === 0) continue;
      if (end - start >= 2 ** 24)
        return ctx.fail('open', { name: a.name, rule: r.name, start: r.start, end: r.end }, { rule: r });
    }
    return ctx.pass();
  },
});
