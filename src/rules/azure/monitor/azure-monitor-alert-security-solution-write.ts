/** An activity log alert exists for creating or updating security solutions. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-security-solution-write',
  what: 'creating or updating security solutions',
  operation: 'Microsoft.Security/securitySolutions/write',
});
