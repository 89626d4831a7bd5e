/** CIS AWS 7.0 5.9: a CloudWatch alarm on AWS Config configuration changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('config-changes');
