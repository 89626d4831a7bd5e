import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-viewer-https-required',
  title: 'CloudFront distributions require HTTPS between viewers and edge locations',
  description:
    'A cache behaviour whose viewer protocol policy is allow-all serves content over plain HTTP, where it ' +
    'can be read and altered in transit. Every cache behaviour should redirect HTTP to HTTPS or accept ' +
    'HTTPS only.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: {
    http: 'CloudFront distribution {{name}} serves plain HTTP in cache behaviour(s) {{behaviours}}',
  },
  remediation: {
    text: 'Set the viewer protocol policy of every cache behaviour to redirect-to-https or https-only.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  default_cache_behavior {\n    viewer_protocol_policy = "redirect-to-https"\n    # ...\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-3',
  ],
  check(d, ctx) {
    const policies = need(d.config, 'viewerProtocolPolicies');
    const open = policies.filter((p) => p.policy === 'allow-all');
    if (open.length > 0)
      return ctx.fail(
        'http',
        { name: d.name, behaviours: open.map((p) => p.pathPattern ?? '(default)').join(', ') },
        { viewerProtocolPolicies: policies },
      );
    return ctx.pass({ viewerProtocolPolicies: policies });
  },
});
