/** An activity log alert exists for deleting public IP addresses. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-public-ip-delete',
  what: 'deleting public IP addresses',
  operation: 'Microsoft.Network/publicIPAddresses/delete',
});
