import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-audit-config-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'audit configuration changes',
  filter:
    'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
});
