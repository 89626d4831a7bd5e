import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-s3-origin-access-control-used',
  title: 'CloudFront distributions reach S3 origins through origin access control',
  description:
    'Origin access control (OAC) lets the bucket accept requests only from the distribution, signed with ' +
    'SigV4, so the bucket can stay private and the content can be reached only through CloudFront. The ' +
    'legacy origin access identity lacks SSE-KMS support and newer regions; no control at all needs a ' +
    'public bucket.',
  severity: 'medium',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: {
    noOac: 'CloudFront distribution {{name}} reaches S3 origin(s) {{origins}} without origin access control',
  },
  remediation: {
    text: 'Create an origin access control, set it on each S3 origin, and allow the distribution (cloudfront.amazonaws.com with aws:SourceArn) in the bucket policy.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  origin {\n    origin_access_control_id = aws_cloudfront_origin_access_control.s3.id\n    # ...\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-13',
  ],
  check(d, ctx) {
    const s3 = need(d.config, 'origins').filter((o) => o.kind === 's3');
    if (s3.length === 0) return ctx.notApplicable('the distribution has no S3 origin');
    const without = s3.filter((o) => o.originAccessControlId === null);
    const summary = (list: typeof s3) =>
      list.map((o) => ({
        id: o.id,
        originAccessControlId: o.originAccessControlId,
        originAccessIdentity: o.originAccessIdentity,
      }));
    if (without.length > 0)
      return ctx.fail(
        'noOac',
        { name: d.name, origins: without.map((o) => o.id).join(', ') },
        { origins: summary(without) },
      );
    return ctx.pass({ origins: summary(s3) });
  },
});
