import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-network-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'VPC network changes',
  filter:
    'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
});
