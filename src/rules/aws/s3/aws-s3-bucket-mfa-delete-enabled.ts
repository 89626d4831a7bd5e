import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-mfa-delete-enabled',
  title: 'S3 buckets require MFA to delete object versions',
  description:
    'With MFA delete, permanently deleting an object version or changing the versioning state of the bucket ' +
    'requires the root user and a valid MFA code, so stolen credentials alone cannot destroy the version ' +
    'history that versioning keeps.',
  severity: 'low',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    off: 'Bucket {{name}} does not require MFA to delete object versions',
  },
  remediation: {
    text:
      'As the root user with an MFA device, enable versioning with MFA delete. It cannot be set from the console ' +
      'or by IAM users.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account>:mfa/root-account-mfa-device <code>"',
    terraform:
      'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "${var.mfa_serial} ${var.mfa_code}"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
  check(bucket, ctx) {
    if (need(bucket.config, 'mfaDelete')) return ctx.pass();
    return ctx.fail('off', { name: bucket.name });
  },
});
