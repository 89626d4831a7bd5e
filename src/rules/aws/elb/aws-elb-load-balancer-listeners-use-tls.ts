import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elb-load-balancer-listeners-use-tls',
  title: 'Classic Load Balancer listeners terminate HTTPS or TLS',
  description:
    'A listener on plain HTTP or TCP carries requests, cookies and credentials in clear between the clients and the load balancer.',
  severity: 'medium',
  category: 'network',
  aspects: ['encryption'],
  assetTypes: ['aws.elb.load-balancer'],
  messages: {
    plain: 'Classic Load Balancer {{name}} has plaintext listener(s) on {{listeners}}',
  },
  remediation: {
    text: 'Replace HTTP/TCP listeners with HTTPS/SSL listeners using a certificate from ACM (keep port 80 only to redirect, which a Classic Load Balancer cannot do: move such sites to an Application Load Balancer).',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-3',
  ],
  check(lb, ctx) {
    const listeners = need(lb.config, 'listeners');
    const plain = listeners.filter((l) => l.protocol !== 'HTTPS' && l.protocol !== 'SSL');
    if (plain.length === 0) return ctx.pass();
    return ctx.fail(
      'plain',
      { name: lb.name, listeners: plain.map((l) => `${l.protocol}:${l.loadBalancerPort}`).join(', ') },
      { plaintextListeners: plain },
    );
  },
});
