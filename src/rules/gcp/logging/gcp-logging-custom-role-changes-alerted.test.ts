import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-custom-role-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'custom role changes',
  filter:
    'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")',
});
