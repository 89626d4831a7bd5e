/** CIS AWS 7.0 5.11: a CloudWatch alarm on network ACL changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('network-acl-changes');
