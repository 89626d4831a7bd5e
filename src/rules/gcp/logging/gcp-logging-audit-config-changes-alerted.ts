/** CIS GCP 5.0 2.6: a log metric filter and an alert exist for audit configuration changes. */
import { fieldPresent, methodIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-audit-config-changes-alerted',
  change: 'audit configuration changes',
  description:
    'Audit configuration decides which Data Access logs are written. Turning it down is how an intruder covers their tracks; an alert on every change to it keeps the audit trail trustworthy.',
  severity: 'medium',
  metricName: 'audit-config-changes',
  recommendedFilter:
    'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
  terms: [methodIs('SetIamPolicy'), fieldPresent('protoPayload.serviceData.policyDelta.auditConfigDeltas')],
});
