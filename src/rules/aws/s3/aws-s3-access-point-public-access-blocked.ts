import { defineRule, need } from '../../api.js';

const SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const;

export const rule = defineRule({
  id: 'aws-s3-access-point-public-access-blocked',
  title: 'S3 access points have every Block Public Access setting enabled',
  description:
    'An access point is its own door to a bucket, with its own policy and its own Block Public Access ' +
    'settings, fixed when it is created. An access point without them can be made public by its policy even ' +
    'when the bucket itself is locked down.',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.s3.access-point'],
  messages: {
    off: 'S3 access point {{name}} (bucket {{bucket}}) does not block public access: {{settings}} off',
  },
  remediation: {
    text: 'Access point settings cannot be changed: create a replacement access point with all four Block Public Access settings on, move clients to it, and delete the old one.',
    cli:
      'aws s3control create-access-point --account-id <account> --name <name> --bucket <bucket> ' +
      '--public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_access_point" "this" {\n  bucket = aws_s3_bucket.this.id\n  name   = "app"\n  public_access_block_configuration {\n    block_public_acls       = true\n    ignore_public_acls      = true\n    block_public_policy     = true\n    restrict_public_buckets = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-restrictions-limitations.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19',
  ],
  check(ap, ctx) {
    const block = need(ap.config, 'publicAccessBlock');
    const off = SETTINGS.filter((k) => block?.[k] !== true);
    const bucket = typeof ap.config.bucket === 'string' ? ap.config.bucket : 'unknown';
    if (off.length > 0)
      return ctx.fail(
        'off',
        { name: ap.name, bucket, settings: off.join(', ') },
        { publicAccessBlock: block },
      );
    return ctx.pass();
  },
});
