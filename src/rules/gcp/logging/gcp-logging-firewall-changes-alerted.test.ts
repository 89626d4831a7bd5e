import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-firewall-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'VPC firewall rule changes',
  filter:
    'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
});
