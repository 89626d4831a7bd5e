import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-waf-enabled',
  title: 'CloudFront distributions are protected by AWS WAF',
  description:
    'A distribution is the public front door of an application. An AWS WAF web ACL on it filters common ' +
    'web exploits, bots and floods at the edge, before they reach the origin.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: { none: 'CloudFront distribution {{name}} has no AWS WAF web ACL' },
  remediation: {
    text: 'Associate an AWS WAF web ACL (scope CLOUDFRONT) with the distribution.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  web_acl_id = aws_wafv2_web_acl.edge.arn\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-6',
  ],
  check(d, ctx) {
    const acl = need(d.config, 'webAclId');
    if (acl === '') return ctx.fail('none', { name: d.name });
    return ctx.pass({ webAclId: acl });
  },
});
