/** CIS AWS 7.0 5.10: a CloudWatch alarm on security group changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('security-group-changes');
