/** CIS GCP 5.0 2.9: a log metric filter and an alert exist for VPC route changes. */
import { fieldIs, methodIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-route-changes-alerted',
  change: 'VPC route changes',
  description:
    'Routes decide where traffic leaves the network; a changed route can send traffic through a host an attacker controls. An alert on route changes makes such a change visible.',
  severity: 'low',
  metricName: 'route-changes',
  recommendedFilter:
    'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
  terms: [
    fieldIs('resource.type', 'gce_route'),
    methodIs('compute.routes.delete'),
    methodIs('compute.routes.insert'),
  ],
});
