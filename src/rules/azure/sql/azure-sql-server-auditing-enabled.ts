/** SQL servers audit database activity. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-sql-server-auditing-enabled',
  title: 'SQL servers audit database activity',
  description:
    'Server auditing records logins, queries and permission changes on every database of the server, for investigation and compliance. Retention 0 keeps audit records forever; otherwise 90 days or more is expected.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.sql.server'],
  messages: {
    off: 'SQL server {{name}} does not audit database activity',
    short: 'SQL server {{name}} keeps audit records for {{days}} days (at least 90 expected)',
  },
  remediation: {
    text: 'Enable server auditing to a Log Analytics workspace or storage account with retention of 90 days or more.',
    cli: 'az sql server audit-policy update --name <server> --resource-group <rg> --state Enabled --lats Enabled --lawri <workspace-id> --retention-days 90',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview'],
  check(a, ctx) {
    const au = need(a.config, 'auditing');
    if (!au.enabled) return ctx.fail('off', { name: a.name });
    const days = au.retentionDays;
    return days === null || days === 0 || days >= 90 ? ctx.pass() : ctx.fail('short', { name: a.name, days });
  },
});
