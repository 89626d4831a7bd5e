import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-versioned-lifecycle-configured',
  title: 'Versioned S3 buckets have a lifecycle configuration',
  description:
    'A versioned bucket keeps every noncurrent version of every object until something deletes it. Without ' +
    'lifecycle rules that expire or transition noncurrent versions, old (and deleted) data stays forever. ' +
    'Buckets with versioning enabled must have at least one enabled lifecycle rule; other buckets are not ' +
    'applicable.',
  severity: 'medium',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    none: 'Bucket {{name}} is versioned but has no lifecycle configuration',
    disabled: 'Bucket {{name}} is versioned and has lifecycle rules, but none is enabled',
  },
  remediation: {
    text: 'Add a lifecycle configuration to the versioned bucket, for example one that expires noncurrent versions after a retention period.',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
    terraform:
      'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "noncurrent"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_expiration {\n      noncurrent_days = 90\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10',
  ],
  check(bucket, ctx) {
    const versioning = need(bucket.config, 'versioning');
    if (versioning !== 'Enabled') return ctx.notApplicable(`versioning is ${versioning}`);
    const rules = need(bucket.config, 'lifecycleRules');
    if (rules.length === 0) return ctx.fail('none', { name: bucket.name });
    const enabled = rules.filter((r) => r.status === 'Enabled');
    if (enabled.length === 0) return ctx.fail('disabled', { name: bucket.name });
    return ctx.pass({ lifecycleRules: enabled.map((r) => r.id) });
  },
});
