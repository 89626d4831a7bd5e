/** CIS AWS 7.0 5.13: a CloudWatch alarm on route table changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('route-table-changes');
