import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-versioning-enabled',
  title: 'S3 buckets have versioning enabled',
  description:
    'Versioning keeps every version of every object, so an overwritten or deleted object (by mistake, a ' +
    'faulty application, or ransomware) can be recovered. It is also a prerequisite for replication and ' +
    'Object Lock.',
  severity: 'medium',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    off: 'Bucket {{name}} versioning is {{status}}',
  },
  remediation: {
    text: 'Enable versioning on the bucket, and add a lifecycle rule to expire noncurrent versions if cost matters.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
    terraform:
      'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
  check(bucket, ctx) {
    const status = need(bucket.config, 'versioning');
    if (status !== 'Enabled') {
      return ctx.fail('off', {
        name: bucket.name,
        status: status === 'Off' ? 'off (never enabled)' : 'suspended',
      });
    }
    return ctx.pass();
  },
});
