/** CIS GCP 5.0 2.10: a log metric filter and an alert exist for VPC network changes. */
import { fieldIs, methodIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-network-changes-alerted',
  change: 'VPC network changes',
  description:
    "New networks and peerings change what can reach what: a peering joins two networks' address spaces. An alert on network changes keeps the network's shape under review.",
  severity: 'low',
  metricName: 'network-changes',
  recommendedFilter:
    'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
  terms: [
    fieldIs('resource.type', 'gce_network'),
    methodIs('compute.networks.insert'),
    methodIs('compute.networks.patch'),
    methodIs('compute.networks.delete'),
    methodIs('compute.networks.removePeering'),
    methodIs('compute.networks.addPeering'),
  ],
});
