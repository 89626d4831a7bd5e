/** An activity log alert exists for deleting security solutions. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-security-solution-delete',
  what: 'deleting security solutions',
  operation: 'Microsoft.Security/securitySolutions/delete',
});
