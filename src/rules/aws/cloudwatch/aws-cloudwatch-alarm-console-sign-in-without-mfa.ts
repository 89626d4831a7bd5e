/** CIS AWS 7.0 5.2: a CloudWatch alarm on console sign-ins without MFA notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('console-sign-in-without-mfa');
