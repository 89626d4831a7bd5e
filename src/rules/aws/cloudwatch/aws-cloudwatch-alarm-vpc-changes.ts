/** CIS AWS 7.0 5.14: a CloudWatch alarm on VPC changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('vpc-changes');
