/** CIS GCP 5.0 2.5: a log metric filter and an alert exist for project ownership changes. */
import { fieldIs, wordIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-project-ownership-changes-alerted',
  change: 'project ownership changes',
  description:
    'Owners can do anything in a project, including removing the evidence of what they did. An alert when an owner is added, invited or removed lets the security team confirm the change was intended before it is used.',
  severity: 'medium',
  metricName: 'ownership-changes',
  recommendedFilter:
    '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
  terms: [
    fieldIs('protoPayload.serviceName', 'cloudresourcemanager.googleapis.com'),
    wordIs('ProjectOwnership'),
    wordIs('projectOwnerInvitee'),
    fieldIs('protoPayload.serviceData.policyDelta.bindingDeltas.action', 'REMOVE'),
    fieldIs('protoPayload.serviceData.policyDelta.bindingDeltas.action', 'ADD'),
    fieldIs('protoPayload.serviceData.policyDelta.bindingDeltas.role', 'roles/owner'),
  ],
});
