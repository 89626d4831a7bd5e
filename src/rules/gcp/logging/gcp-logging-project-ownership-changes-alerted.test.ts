import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-project-ownership-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'project ownership changes',
  filter:
    '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
});
