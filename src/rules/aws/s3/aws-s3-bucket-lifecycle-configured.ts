import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-lifecycle-configured',
  title: 'S3 buckets have a lifecycle configuration',
  description:
    'Lifecycle rules move objects to cheaper storage classes and expire what is no longer needed, so data is ' +
    'kept only as long as it should be and storage does not grow unbounded. A bucket passes when it has at ' +
    'least one enabled lifecycle rule.',
  severity: 'low',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    none: 'Bucket {{name}} has no lifecycle configuration',
    disabled: 'Bucket {{name}} has lifecycle rules, but none is enabled',
  },
  remediation: {
    text: 'Add a lifecycle configuration with at least one enabled rule (transition or expiration) to the bucket.',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
    terraform:
      'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_expiration {\n      noncurrent_days = 90\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
  ],
  check(bucket, ctx) {
    const rules = need(bucket.config, 'lifecycleRules');
    if (rules.length === 0) return ctx.fail('none', { name: bucket.name });
    const enabled = rules.filter((r) => r.status === 'Enabled');
    if (enabled.length === 0) return ctx.fail('disabled', { name: bucket.name });
    return ctx.pass({ lifecycleRules: enabled.map((r) => r.id) });
  },
});
