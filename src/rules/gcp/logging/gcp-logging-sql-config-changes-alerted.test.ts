import { metricAlertRuleTests } from '../testing/metric-alerts.js';
import { rule } from './gcp-logging-sql-config-changes-alerted.js';

metricAlertRuleTests(rule, {
  change: 'Cloud SQL instance configuration changes',
  filter: 'protoPayload.methodName="cloudsql.instances.update"',
});
