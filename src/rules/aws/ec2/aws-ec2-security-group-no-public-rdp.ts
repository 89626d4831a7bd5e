import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule } from '../../api.js';
import { WORLD_PORTS_MESSAGE, worldPortsVerdict } from './world-ports.js';

export const rule = defineRule({
  id: 'aws-ec2-security-group-no-public-rdp',
  title: 'Security groups do not allow RDP from the internet',
  description:
    'Remote Desktop open to 0.0.0.0/0 or ::/0 is one of the most scanned and attacked services on the ' +
    'internet (password spraying, BlueKeep-class exploits). RDP uses TCP and UDP 3389; both count.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.security-group'],
  messages: { open: WORLD_PORTS_MESSAGE },
  remediation: {
    text:
      'Remove the inbound rule that allows port 3389 from 0.0.0.0/0 or ::/0; use Fleet Manager / Session Manager ' +
      'port forwarding, or allow RDP only from a bastion or VPN range.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 3389 --cidr 0.0.0.0/0',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "rdp" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 3389\n  to_port           = 3389\n  cidr_ipv4         = "10.0.0.0/16" # not 0.0.0.0/0\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14',
  ],
  check: (sg, ctx) => worldPortsVerdict(sg, ctx, 'open', SENSITIVE_PORTS.rdp, ['tcp', 'udp']),
});
