/** CIS AWS 7.0 5.5: a CloudWatch alarm on CloudTrail configuration changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('cloudtrail-changes');
