import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-custom-certificate-used',
  title: 'CloudFront distributions use custom SSL/TLS certificates',
  description:
    'With the default *.cloudfront.net certificate, viewers reach the distribution under a CloudFront ' +
    'domain name, and the minimum TLS version cannot be raised above TLS 1.0. A custom certificate (from ' +
    'ACM) serves your own domain names with a security policy you choose.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: { default: 'CloudFront distribution {{name}} uses the default CloudFront certificate' },
  remediation: {
    text: 'Request or import a certificate in ACM (us-east-1), add your domain as an alternate name and use the certificate on the distribution.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  aliases = ["www.example.com"]\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.www.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-7',
  ],
  check(d, ctx) {
    const cert = need(d.config, 'viewerCertificate');
    if (cert.cloudFrontDefaultCertificate) return ctx.fail('default', { name: d.name });
    return ctx.pass({ viewerCertificate: cert });
  },
});
