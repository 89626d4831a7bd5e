/** An activity log alert exists for creating or updating SQL Server firewall rules. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-sql-firewall-rule-write',
  what: 'creating or updating SQL Server firewall rules',
  operation: 'Microsoft.Sql/servers/firewallRules/write',
});
