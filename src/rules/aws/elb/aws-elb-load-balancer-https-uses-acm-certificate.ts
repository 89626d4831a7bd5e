import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elb-load-balancer-https-uses-acm-certificate',
  title: 'Classic Load Balancer HTTPS/SSL listeners use ACM certificates',
  description:
    'Certificates from AWS Certificate Manager are renewed automatically; certificates uploaded to IAM expire unless someone remembers to replace them, taking the site down or leaving an expired certificate in place.',
  severity: 'medium',
  category: 'network',
  aspects: ['encryption'],
  assetTypes: ['aws.elb.load-balancer'],
  messages: {
    iam: 'Classic Load Balancer {{name}} serves TLS on {{listeners}} with a certificate not issued by ACM',
  },
  remediation: {
    text: 'Request or import the certificate in ACM and set it on the HTTPS/SSL listeners.',
    cli: 'aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name <name> --load-balancer-port 443 --ssl-certificate-id <acm-certificate-arn>',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-update-ssl-cert.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-2',
  ],
  check(lb, ctx) {
    const tls = need(lb.config, 'listeners').filter((l) => l.protocol === 'HTTPS' || l.protocol === 'SSL');
    if (tls.length === 0) return ctx.notApplicable('no HTTPS or SSL listener');
    const other = tls.filter((l) => !/^arn:[^:]+:acm:/.test(l.sslCertificateId ?? ''));
    if (other.length === 0) return ctx.pass();
    return ctx.fail(
      'iam',
      { name: lb.name, listeners: other.map((l) => `${l.protocol}:${l.loadBalancerPort}`).join(', ') },
      { certificates: other.map((l) => l.sslCertificateId) },
    );
  },
});
