/** CIS GCP 5.0 2.11: a log metric filter and an alert exist for Cloud Storage IAM permission changes. */
import { fieldIs, methodIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-storage-iam-changes-alerted',
  change: 'Cloud Storage IAM permission changes',
  description:
    'A bucket policy granting allUsers publishes its objects. An alert on bucket IAM changes lets the data owner catch an accidental or malicious grant before the data is copied.',
  severity: 'medium',
  metricName: 'storage-iam-changes',
  recommendedFilter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
  terms: [fieldIs('resource.type', 'gcs_bucket'), methodIs('storage.setIamPermissions')],
});
