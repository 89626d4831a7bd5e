import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-object-lock-enabled',
  title: 'S3 general purpose buckets have Object Lock enabled',
  description:
    'Object Lock stores objects write-once-read-many: a retention period or legal hold stops anyone, the ' +
    'root user included in compliance mode, from deleting or overwriting them. It protects backups and ' +
    'records against ransomware and mistaken deletion.',
  severity: 'medium',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    off: 'Bucket {{name}} does not have Object Lock enabled',
  },
  remediation: {
    text: 'Enable Object Lock on the bucket (versioning must be on) and set a default retention mode and period.',
    cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":30}}}\'',
    terraform:
      'resource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15',
  ],
  check(bucket, ctx) {
    if (need(bucket.config, 'objectLockEnabled')) return ctx.pass();
    return ctx.fail('off', { name: bucket.name });
  },
});
