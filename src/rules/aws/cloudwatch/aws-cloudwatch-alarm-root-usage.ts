/** CIS AWS 7.0 5.3: a CloudWatch alarm on use of the root user notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('root-usage');
