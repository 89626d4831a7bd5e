/** An activity log alert exists for creating or updating network security groups. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-nsg-write',
  what: 'creating or updating network security groups',
  operation: 'Microsoft.Network/networkSecurityGroups/write',
});
