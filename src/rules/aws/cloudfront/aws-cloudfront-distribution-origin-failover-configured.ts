import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-origin-failover-configured',
  title: 'CloudFront distributions have origin failover configured',
  description:
    'An origin group pairs a primary origin with a secondary one; CloudFront fails over to the secondary ' +
    'when the primary answers with an error or does not answer. Without one, an origin outage takes the ' +
    'distribution down.',
  severity: 'low',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: { none: 'CloudFront distribution {{name}} has no origin group for failover' },
  remediation: {
    text: 'Create an origin group with a primary and a secondary origin and use it in the cache behaviours.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  origin_group {\n    origin_id = "group"\n    failover_criteria { status_codes = [500, 502, 503, 504] }\n    member { origin_id = "primary" }\n    member { origin_id = "secondary" }\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-4',
  ],
  check(d, ctx) {
    const groups = need(d.config, 'originGroupCount');
    if (groups === 0) return ctx.fail('none', { name: d.name });
    return ctx.pass({ originGroupCount: groups });
  },
});
