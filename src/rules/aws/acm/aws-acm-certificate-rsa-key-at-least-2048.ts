import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-acm-certificate-rsa-key-at-least-2048',
  title: 'RSA certificates managed by ACM use keys of at least 2048 bits',
  description:
    'RSA keys shorter than 2048 bits are within reach of factoring attacks and are rejected by current ' +
    'browsers and standards; a certificate with one protects nothing it is used for.',
  severity: 'high',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.acm.certificate'],
  messages: {
    weak: 'ACM certificate {{name}} uses a {{algorithm}} key (RSA keys need at least 2048 bits)',
  },
  remediation: {
    text: 'Request or import a replacement certificate with an RSA 2048-bit or stronger (or ECDSA) key, then delete the weak one.',
    cli: 'aws acm request-certificate --domain-name <domain> --key-algorithm RSA_2048 --validation-method DNS',
  },
  references: [
    'https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-2',
  ],
  check(cert, ctx) {
    const algorithm = need(cert.config, 'keyAlgorithm');
    if (algorithm === null) return ctx.notApplicable('the certificate has no key yet');
    const bits = /^RSA[_-]?(\d+)$/i.exec(algorithm)?.[1];
    if (bits === undefined) return ctx.notApplicable(`${algorithm} is not an RSA key`);
    if (Number(bits) >= 2048) return ctx.pass({ algorithm });
    return ctx.fail('weak', { name: cert.name, algorithm });
  },
});
