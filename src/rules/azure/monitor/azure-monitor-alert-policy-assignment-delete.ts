/** An activity log alert exists for deleting policy assignments. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-policy-assignment-delete',
  what: 'deleting policy assignments',
  operation: 'Microsoft.Authorization/policyAssignments/delete',
});
