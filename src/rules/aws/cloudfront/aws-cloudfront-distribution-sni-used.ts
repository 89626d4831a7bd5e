import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-sni-used',
  title: 'CloudFront distributions serve HTTPS requests using SNI',
  description:
    'With a custom certificate, CloudFront serves HTTPS either by SNI or from dedicated IP addresses at ' +
    'every edge location (vip), which is costly and needed only for very old clients. SNI is supported by ' +
    'every modern browser and client.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: {
    notSni: 'CloudFront distribution {{name}} serves its custom certificate with {{method}} instead of SNI',
  },
  remediation: {
    text: 'Set the SSL support method of the viewer certificate to sni-only.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  viewer_certificate {\n    ssl_support_method = "sni-only"\n    # ...\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-8',
  ],
  check(d, ctx) {
    const cert = need(d.config, 'viewerCertificate');
    if (cert.cloudFrontDefaultCertificate)
      return ctx.notApplicable('the distribution uses the default CloudFront certificate');
    if (cert.sslSupportMethod !== 'sni-only')
      return ctx.fail(
        'notSni',
        { name: d.name, method: cert.sslSupportMethod ?? 'no method' },
        { viewerCertificate: cert },
      );
    return ctx.pass({ viewerCertificate: cert });
  },
});
