import { opensAllPorts, worldIngress } from '../../../inventory/aws/ingress.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-security-group-no-public-all-ports',
  title: 'Security groups do not allow all ports from the internet',
  description:
    'An inbound rule allowing all traffic, or every TCP or UDP port, from 0.0.0.0/0 or ::/0 exposes every ' +
    'service on the instances using the group, including ones never meant to be reachable (debug ports, ' +
    'admin consoles, databases).',
  severity: 'critical',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.security-group'],
  messages: {
    allTraffic: 'Security group {{name}} allows all inbound traffic from {{sources}}',
    allPorts: 'Security group {{name}} allows all inbound {{protocol}} ports from {{sources}}',
  },
  remediation: {
    text: 'Replace the all-ports rule with rules for the specific ports the workload serves, from the sources that need them.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
  ],
  check(sg, ctx) {
    const open = worldIngress(need(sg.config, 'ingress')).filter((w) => opensAllPorts(w.permission));
    const first = open[0];
    if (first === undefined) return ctx.pass();
    const sources = [
      ...new Set(
        open.filter((w) => w.permission.protocol === first.permission.protocol).map((w) => w.source),
      ),
    ].join(', ');
    const evidence = { rules: open.map((w) => ({ ...w.permission, source: w.source })) };
    if (first.permission.protocol === 'all')
      return ctx.fail('allTraffic', { name: sg.name, sources }, evidence);
    return ctx.fail(
      'allPorts',
      { name: sg.name, protocol: first.permission.protocol.toUpperCase(), sources },
      evidence,
    );
  },
});
