/** CIS GCP 5.0 2.7: a log metric filter and an alert exist for custom role changes. */
import { fieldIs, methodIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-custom-role-changes-alerted',
  change: 'custom role changes',
  description:
    'A custom role quietly given more permissions grants them to everyone who holds the role. An alert when custom roles are created, changed or deleted catches privilege creep as it happens.',
  severity: 'medium',
  metricName: 'custom-role-changes',
  recommendedFilter:
    'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")',
  terms: [
    fieldIs('resource.type', 'iam_role'),
    methodIs('google.iam.admin.v1.CreateRole'),
    methodIs('google.iam.admin.v1.DeleteRole'),
    methodIs('google.iam.admin.v1.UpdateRole'),
  ],
});
