/** CIS GCP 5.0 2.12: a log metric filter and an alert exist for Cloud SQL instance configuration changes. */
import { methodIs, metricAlertRule } from './metric-alerts.js';

export const rule = metricAlertRule({
  id: 'gcp-logging-sql-config-changes-alerted',
  change: 'Cloud SQL instance configuration changes',
  description:
    "Instance settings hold the database's exposure and safety: authorized networks, SSL enforcement, backups, flags. An alert on configuration changes shows when one of them is turned down.",
  severity: 'low',
  metricName: 'sql-config-changes',
  recommendedFilter: 'protoPayload.methodName="cloudsql.instances.update"',
  terms: [methodIs('cloudsql.instances.update')],
});
