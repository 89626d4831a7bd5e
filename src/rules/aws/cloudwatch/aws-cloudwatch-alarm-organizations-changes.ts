/** CIS AWS 7.0 5.15: a CloudWatch alarm on AWS Organizations changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('organizations-changes');
