import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-acmpca-root-ca-disabled',
  title: 'AWS Private CA root certificate authorities are disabled',
  description:
    'A root CA is the trust anchor of every certificate below it; a key misused or a certificate ' +
    'wrongly issued there undermines the whole hierarchy. Keep the root for rare, controlled use — issue ' +
    'from subordinate CAs and leave the root disabled in between.',
  severity: 'low',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.acmpca.certificate-authority'],
  messages: {
    enabled: 'AWS Private CA root certificate authority {{name}} is {{status}}, not disabled',
  },
  remediation: {
    text: 'Issue certificates from subordinate CAs and disable the root CA while it is not needed.',
    cli: 'aws acm-pca update-certificate-authority --certificate-authority-arn <ca-arn> --status DISABLED',
  },
  references: [
    'https://docs.aws.amazon.com/privateca/latest/userguide/ca-best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/pca-controls.html#pca-1',
  ],
  check(ca, ctx) {
    const type = need(ca.config, 'caType');
    if (type !== 'ROOT') return ctx.notApplicable(`the certificate authority is ${type}, not a root`);
    const status = need(ca.config, 'status');
    if (status === 'DISABLED') return ctx.pass({ status });
    return ctx.fail('enabled', { name: ca.name, status }, { status });
  },
});
