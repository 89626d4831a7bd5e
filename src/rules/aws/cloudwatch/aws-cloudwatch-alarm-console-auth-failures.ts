/** CIS AWS 7.0 5.6: a CloudWatch alarm on console authentication failures notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('console-auth-failures');
