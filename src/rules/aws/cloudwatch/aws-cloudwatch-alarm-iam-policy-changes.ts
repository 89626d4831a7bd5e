/** CIS AWS 7.0 5.4: a CloudWatch alarm on IAM policy changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('iam-policy-changes');
