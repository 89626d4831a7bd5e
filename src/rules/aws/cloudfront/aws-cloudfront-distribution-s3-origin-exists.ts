import { s3OriginBucketName } from '../../../inventory/aws/cloudfront.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-s3-origin-exists',
  title: 'CloudFront distributions do not point to non-existent S3 origins',
  description:
    'A distribution whose S3 origin bucket was deleted still serves requests for it. Anyone can create a ' +
    'bucket of that name in their own account and then serve their content under your domain. A bucket ' +
    "owned by another account cannot be seen in this account's inventory: if the origin is such a " +
    'bucket, check it and suppress the finding with the reason.',
  severity: 'high',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.cloudfront.distribution'],
  requires: ['aws.s3.bucket'],
  messages: {
    missing:
      'CloudFront distribution {{name}} points to S3 bucket(s) {{buckets}}, which do not exist in account {{account}}',
  },
  remediation: {
    text: 'Point the origin at an existing bucket you own, or remove the origin (and its cache behaviours) from the distribution.',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-12',
  ],
  check(d, ctx) {
    const buckets = need(d.config, 'origins')
      .filter((o) => o.kind === 's3')
      .map((o) => s3OriginBucketName(o.domainName))
      .filter((b): b is string => b !== undefined);
    if (buckets.length === 0) return ctx.notApplicable('the distribution has no S3 REST origin');
    const owned = new Set(ctx.assets('aws.s3.bucket', { account: d.account }).map((b) => b.name));
    const missing = [...new Set(buckets.filter((b) => !owned.has(b)))];
    if (missing.length === 0) return ctx.pass({ buckets });
    if (!ctx.covered('aws.s3.bucket', { account: d.account }))
      return ctx.unknown(
        'S3 buckets',
        `the sources do not list the S3 buckets of account ${d.account}, so origin bucket(s) ${missing.join(', ')} cannot be checked`,
      );
    return ctx.fail(
      'missing',
      { name: d.name, buckets: missing.join(', '), account: d.account },
      { buckets: missing },
    );
  },
});
