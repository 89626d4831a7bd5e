import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-access-logging-enabled',
  title: 'S3 buckets have server access logging enabled',
  description:
    'Server access logs record every request made to a bucket (requester, operation, object, result). ' +
    'Without them, unauthorised access or data exfiltration through the bucket cannot be investigated.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    off: 'Bucket {{name}} has server access logging turned off',
  },
  remediation: {
    text: 'Enable server access logging to a dedicated log bucket (not the bucket itself).',
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
    terraform:
      'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "log/"\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
  check(bucket, ctx) {
    const logging = need(bucket.config, 'logging');
    if (logging === null) return ctx.fail('off', { name: bucket.name });
    return ctx.pass({ logging });
  },
});
