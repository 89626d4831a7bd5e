/** An activity log alert exists for deleting network security groups. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-nsg-delete',
  what: 'deleting network security groups',
  operation: 'Microsoft.Network/networkSecurityGroups/delete',
});
