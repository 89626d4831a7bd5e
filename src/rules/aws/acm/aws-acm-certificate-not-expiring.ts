import { defineRule, need } from '../../api.js';

const DAY = 86_400_000;
/** AWS Security Hub's default for ACM.1. */
export const MIN_DAYS_TO_EXPIRY = 30;

export const rule = defineRule({
  id: 'aws-acm-certificate-not-expiring',
  title: 'ACM certificates are renewed before they expire',
  description:
    'An expired certificate breaks TLS for every load balancer, distribution or API that serves it. ' +
    'ACM renews the certificates it issues when it can still validate the domain; imported ' +
    'certificates, and issued ones whose validation broke, must be renewed by hand. This fails ' +
    'certificates that expire within 30 days or have expired.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.acm.certificate'],
  messages: {
    expiring: 'ACM certificate {{name}} expires on {{notAfter}}, in {{days}} days',
    expired: 'ACM certificate {{name}} expired on {{notAfter}}',
  },
  remediation: {
    text: 'Renew the certificate: fix domain validation for an ACM-issued one, or import the renewed certificate.',
    cli: 'aws acm import-certificate --certificate-arn <arn> --certificate fileb://cert.pem --private-key fileb://key.pem',
  },
  references: [
    'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-1',
  ],
  check(cert, ctx) {
    const status = need(cert.config, 'status');
    if (status !== 'ISSUED' && status !== 'EXPIRED') return ctx.notApplicable(`the certificate is ${status}`);
    const notAfter = need(cert.config, 'notAfter');
    if (notAfter === null) return ctx.unknown('notAfter', 'the certificate has no expiry date');
    const days = Math.floor((Date.parse(notAfter) - ctx.now.getTime()) / DAY);
    const day = notAfter.slice(0, 10);
    if (days < 0) return ctx.fail('expired', { name: cert.name, notAfter: day });
    if (days < MIN_DAYS_TO_EXPIRY) return ctx.fail('expiring', { name: cert.name, notAfter: day, days });
    return ctx.pass({ notAfter });
  },
});
