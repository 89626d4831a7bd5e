import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-route-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'VPC route changes',
  filter:
    'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
});
