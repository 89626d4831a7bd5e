/** CIS AWS 7.0 5.8: a CloudWatch alarm on S3 bucket policy changes notifies a subscribed SNS topic. */
import { monitoringRule } from './monitoring-rule.js';

export const rule = monitoringRule('s3-bucket-policy-changes');
