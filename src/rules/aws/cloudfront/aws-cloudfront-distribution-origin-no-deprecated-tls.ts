import { defineRule, need } from '../../api.js';

/** Protocols AWS Security Hub counts as deprecated towards origins. */
const DEPRECATED = new Set(['SSLv3']);

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-origin-no-deprecated-tls',
  title: 'CloudFront distributions use no deprecated SSL protocols towards custom origins',
  description:
    'SSLv3 is broken (POODLE). When a custom origin allows it, CloudFront may negotiate it with the origin ' +
    'and traffic between the edge and the origin can be decrypted.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: {
    deprecated: 'CloudFront distribution {{name}} allows {{protocols}} towards custom origin(s) {{origins}}',
  },
  remediation: {
    text: 'Remove SSLv3 from the origin SSL protocols of each custom origin; allow TLSv1.2 only.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  origin {\n    custom_origin_config {\n      origin_ssl_protocols = ["TLSv1.2"]\n      # ...\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-10',
  ],
  check(d, ctx) {
    const custom = need(d.config, 'origins').filter((o) => o.kind === 'custom');
    if (custom.length === 0) return ctx.notApplicable('the distribution has no custom origin');
    const bad = custom.filter((o) => (o.originSslProtocols ?? []).some((p) => DEPRECATED.has(p)));
    if (bad.length > 0) {
      const protocols = [
        ...new Set(bad.flatMap((o) => o.originSslProtocols ?? []).filter((p) => DEPRECATED.has(p))),
      ];
      return ctx.fail(
        'deprecated',
        { name: d.name, protocols: protocols.join(', '), origins: bad.map((o) => o.id).join(', ') },
        { origins: bad.map((o) => ({ id: o.id, originSslProtocols: o.originSslProtocols })) },
      );
    }
    return ctx.pass({ origins: custom.map((o) => ({ id: o.id, originSslProtocols: o.originSslProtocols })) });
  },
});
