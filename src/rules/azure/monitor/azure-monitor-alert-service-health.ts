/** An activity log alert exists for Service Health events. */
import { activityLogAlertRule } from './alert.js';

export const rule = activityLogAlertRule({
  id: 'azure-monitor-alert-service-health',
  what: 'Service Health events',
});
