import { defineRule, need } from '../../api.js';

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);

export const rule = defineRule({
  id: 'aws-s3-bucket-default-encryption-kms',
  title: 'S3 buckets encrypt new objects with KMS keys by default',
  description:
    'Every bucket now encrypts new objects at least with S3-managed keys (SSE-S3), but anyone allowed to read ' +
    'an object can then decrypt it. With SSE-KMS, reading also requires permission on the KMS key, key use ' +
    'is logged in CloudTrail, and access can be revoked by key policy.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    none: 'Bucket {{name}} has no default encryption configured',
    notKms: 'Bucket {{name}} default encryption is {{algorithm}}, not SSE-KMS',
  },
  remediation: {
    text: 'Set the bucket default encryption to SSE-KMS with a customer managed key, and enable S3 Bucket Keys to reduce KMS cost.',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.this.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html'],
  check(bucket, ctx) {
    const enc = need(bucket.config, 'encryption');
    if (enc === null) return ctx.fail('none', { name: bucket.name });
    if (!KMS_ALGORITHMS.has(enc.sseAlgorithm)) {
      const algorithm = enc.sseAlgorithm === 'AES256' ? 'AES256 (SSE-S3)' : enc.sseAlgorithm;
      return ctx.fail('notKms', { name: bucket.name, algorithm }, { encryption: enc });
    }
    return ctx.pass({ encryption: enc });
  },
});
