/** CIS AWS 7.0 5.1: a CloudWatch alarm on unauthorized API calls notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('unauthorized-api-calls');
