import { defineRule, need } from '../../api.js';

const SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const;

export const rule = defineRule({
  id: 'aws-s3-account-public-access-blocked',
  title: 'S3 Block Public Access is on for the whole account',
  description:
    'The account-level Block Public Access settings override every bucket and access point in the account. ' +
    'With all four on, no bucket can be made public by a mistaken ACL or policy, including buckets created ' +
    'later; buckets that must be public are better served through CloudFront.',
  severity: 'high',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.account'],
  messages: {
    none: 'Account {{name}} has no account-level S3 Block Public Access configured',
    partial: 'Account {{name}} S3 Block Public Access leaves {{off}} turned off',
  },
  remediation: {
    text:
      'Turn on all four S3 Block Public Access settings for the account, after checking that no bucket ' +
      'depends on public access (serve such content through CloudFront with origin access control).',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
  ],
  check(account, ctx) {
    const pab = need(account.config, 's3PublicAccessBlock');
    if (pab === null) return ctx.fail('none', { name: account.name });
    const off = SETTINGS.filter((s) => !pab[s]);
    if (off.length > 0)
      return ctx.fail('partial', { name: account.name, off: off.join(', ') }, { publicAccessBlock: pab });
    return ctx.pass({ publicAccessBlock: pab });
  },
});
