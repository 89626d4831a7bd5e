import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-no-expired-server-certificates',
  title: 'No expired SSL/TLS server certificates are stored in IAM',
  description:
    'An expired certificate left in IAM can be deployed to a load balancer or CloudFront by mistake, ' +
    'breaking clients or pushing them to ignore certificate errors. Expired certificates should be deleted.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.account'],
  messages: {
    expired: 'Account {{name}} stores expired server certificates in IAM: {{certificates}}',
  },
  remediation: {
    text: 'Delete expired server certificates (after checking nothing still uses them); prefer ACM, which renews certificates.',
    cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-26',
  ],
  check(account, ctx) {
    const certs = need(account.config, 'serverCertificates');
    const expired = certs.filter((c) => new Date(c.expiresAt).getTime() < ctx.now.getTime());
    if (expired.length > 0)
      return ctx.fail('expired', {
        name: account.name,
        certificates: expired.map((c) => `${c.name} (${c.expiresAt.slice(0, 10)})`).join(', '),
      });
    return ctx.pass({ certificates: certs.length });
  },
});
