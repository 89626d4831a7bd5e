/** An activity log alert exists for deleting SQL Server firewall rules. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-sql-firewall-rule-delete',
  what: 'deleting SQL Server firewall rules',
  operation: 'Microsoft.Sql/servers/firewallRules/delete',
});
