import { known, defineRule } from '../../api.js';
import { trailLogBucket } from './log-bucket.js';

export const rule = defineRule({
  id: 'aws-cloudtrail-log-bucket-access-logging-enabled',
  title: 'The S3 bucket CloudTrail logs to has server access logging enabled',
  description:
    'Server access logs on the CloudTrail bucket record who read, deleted or overwrote the log files. ' +
    'Without them, tampering with the audit trail itself leaves no trace.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.cloudtrail.trail'],
  requires: ['aws.s3.bucket'],
  messages: {
    off: 'Trail {{name}} logs to bucket {{bucket}}, which has server access logging turned off',
  },
  remediation: {
    text: 'Enable server access logging on the trail bucket, delivering to a separate log bucket.',
    cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<access-log-bucket>","TargetPrefix":"cloudtrail/"}}\'',
    terraform:
      'resource "aws_s3_bucket_logging" "trail_logs" {\n  bucket        = aws_s3_bucket.trail_logs.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "cloudtrail/"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-7',
  ],
  check(trail, ctx) {
    const bucket = trailLogBucket(trail, ctx);
    if (bucket === null) return ctx.notApplicable('the trail names no S3 bucket');
    const logging = known(bucket.config.logging, `bucket ${bucket.name} logging`);
    if (logging === null)
      return ctx.fail('off', { name: trail.name, bucket: bucket.name }, { bucket: bucket.uid });
    return ctx.pass({ bucket: bucket.uid, logging });
  },
});
