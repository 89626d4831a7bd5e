import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-origin-https-required',
  title: 'CloudFront distributions encrypt traffic to custom origins',
  description:
    'A custom origin reached over HTTP (origin protocol policy http-only, or match-viewer while viewers ' +
    'may use HTTP) carries the requests and responses in clear text between CloudFront and the origin.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: {
    http: 'CloudFront distribution {{name}} reaches custom origin(s) {{origins}} over plain HTTP',
  },
  remediation: {
    text: 'Set the origin protocol policy of each custom origin to https-only (or match-viewer with HTTPS-only viewers).',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  origin {\n    custom_origin_config {\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n      http_port              = 80\n      https_port             = 443\n    }\n    # ...\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-9',
  ],
  check(d, ctx) {
    const custom = need(d.config, 'origins').filter((o) => o.kind === 'custom');
    if (custom.length === 0) return ctx.notApplicable('the distribution has no custom origin');
    const viewerHttp = () => need(d.config, 'viewerProtocolPolicies').some((p) => p.policy === 'allow-all');
    const plain = custom.filter(
      (o) =>
        o.originProtocolPolicy === 'http-only' || (o.originProtocolPolicy === 'match-viewer' && viewerHttp()),
    );
    if (plain.length > 0)
      return ctx.fail(
        'http',
        { name: d.name, origins: plain.map((o) => o.id).join(', ') },
        { origins: plain.map((o) => ({ id: o.id, originProtocolPolicy: o.originProtocolPolicy })) },
      );
    return ctx.pass({
      origins: custom.map((o) => ({ id: o.id, originProtocolPolicy: o.originProtocolPolicy })),
    });
  },
});
