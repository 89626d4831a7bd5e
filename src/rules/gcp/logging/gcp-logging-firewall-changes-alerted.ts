/** CIS GCP 5.0 2.8: a log metric filter and an alert exist for VPC firewall rule changes. */
import { fieldIs, methodIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-firewall-changes-alerted',
  change: 'VPC firewall rule changes',
  description:
    'A firewall rule opened to the internet exposes every VM it applies to. An alert on firewall rule changes lets the network team see an unexpected opening within minutes instead of at the next review.',
  severity: 'low',
  metricName: 'firewall-changes',
  recommendedFilter:
    'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
  terms: [
    fieldIs('resource.type', 'gce_firewall_rule'),
    methodIs('compute.firewalls.patch'),
    methodIs('compute.firewalls.insert'),
    methodIs('compute.firewalls.delete'),
  ],
});
