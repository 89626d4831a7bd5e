import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule } from '../../api.js';
import { WORLD_PORTS_MESSAGE, worldPortsVerdict } from './world-ports.js';

export const rule = defineRule({
  id: 'aws-ec2-security-group-no-public-ssh',
  title: 'Security groups do not allow SSH from the internet',
  description:
    'SSH open to 0.0.0.0/0 or ::/0 exposes every instance using the group to constant brute-force and ' +
    'exploit attempts from the whole internet. Administrative access should come through Session Manager, ' +
    'a bastion, or a VPN, from known address ranges only.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.security-group'],
  messages: { open: WORLD_PORTS_MESSAGE },
  remediation: {
    text:
      'Remove the inbound rule that allows port 22 from 0.0.0.0/0 or ::/0; use Systems Manager Session Manager, ' +
      'or allow SSH only from a bastion security group or a known corporate range.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr 0.0.0.0/0',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = "10.0.0.0/16" # not 0.0.0.0/0\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13',
  ],
  check: (sg, ctx) => worldPortsVerdict(sg, ctx, 'open', SENSITIVE_PORTS.ssh),
});
