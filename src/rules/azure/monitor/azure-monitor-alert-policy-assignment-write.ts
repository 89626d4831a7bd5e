/** An activity log alert exists for creating policy assignments. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-policy-assignment-write',
  what: 'creating policy assignments',
  operation: 'Microsoft.Authorization/policyAssignments/write',
});
