import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-storage-iam-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'Cloud Storage IAM permission changes',
  filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
});
