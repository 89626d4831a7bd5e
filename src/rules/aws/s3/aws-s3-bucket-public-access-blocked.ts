import { defineRule, need } from '../../api.js';

const SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const;

export const rule = defineRule({
  id: 'aws-s3-bucket-public-access-blocked',
  title: 'S3 buckets block public access',
  description:
    'S3 Block Public Access is the guard rail that stops a bucket from becoming public through a later ACL or ' +
    'policy change. With all four settings on at the bucket, neither ACLs nor policies can expose its objects.',
  severity: 'high',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    none: 'Bucket {{name}} has no public access block configured',
    partial: 'Bucket {{name}} public access block leaves {{off}} turned off',
  },
  remediation: {
    text: 'Turn on all four Block Public Access settings for the bucket (and, unless a bucket must be public, for the account).',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  check(bucket, ctx) {
    const pab = need(bucket.config, 'publicAccessBlock');
    if (pab === null) return ctx.fail('none', { name: bucket.name });
    const off = SETTINGS.filter((s) => !pab[s]);
    if (off.length > 0)
      return ctx.fail('partial', { name: bucket.name, off: off.join(', ') }, { publicAccessBlock: pab });
    return ctx.pass({ publicAccessBlock: pab });
  },
});
