/** CIS AWS 7.0 5.7: a CloudWatch alarm on disabling or scheduled deletion of customer-managed KMS keys notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('kms-key-disable-or-deletion');
