import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-vpn-tunnels-up',
  title: 'Both tunnels of every site-to-site VPN connection are up',
  description:
    'A site-to-site VPN connection has two tunnels so that one can fail, or be replaced during AWS ' +
    'maintenance, without losing the link. With a tunnel down the connection has no redundancy left. ' +
    'Connections that are not available (pending, deleting) are not assessed.',
  severity: 'medium',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.ec2.vpn-connection'],
  messages: {
    down: 'VPN connection {{name}} has {{down}} of {{total}} tunnels down ({{ips}})',
    noTelemetry: 'VPN connection {{name}} reports {{total}} tunnel(s), not two',
  },
  remediation: {
    text: 'Configure both tunnels on the customer gateway device, and fix what keeps a tunnel down (IKE settings, routing, firewall).',
  },
  references: [
    'https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-vpn-health.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-20',
  ],
  check(vpn, ctx) {
    const state = need(vpn.config, 'state');
    if (state !== 'available') return ctx.notApplicable(`the connection is ${state}`);
    const tunnels = need(vpn.config, 'tunnels');
    const down = tunnels.filter((t) => t.status.toUpperCase() !== 'UP');
    if (down.length > 0)
      return ctx.fail(
        'down',
        {
          name: vpn.name,
          down: down.length,
          total: tunnels.length,
          ips: down.map((t) => t.outsideIpAddress ?? 'no address').join(', '),
        },
        { tunnels },
      );
    if (tunnels.length < 2) return ctx.fail('noTelemetry', { name: vpn.name, total: tunnels.length });
    return ctx.pass({ tunnels });
  },
});
