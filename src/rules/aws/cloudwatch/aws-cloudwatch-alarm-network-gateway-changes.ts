/** CIS AWS 7.0 5.12: a CloudWatch alarm on network gateway changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('network-gateway-changes');
