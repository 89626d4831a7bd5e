/** An activity log alert exists for creating or updating public IP addresses. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-public-ip-write',
  what: 'creating or updating public IP addresses',
  operation: 'Microsoft.Network/publicIPAddresses/write',
});
