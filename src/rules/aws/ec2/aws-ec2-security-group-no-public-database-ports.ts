import { SENSITIVE_PORTS } from '../../../inventory/net.js';
import { defineRule } from '../../api.js';
import { WORLD_PORTS_MESSAGE, worldPortsVerdict } from './world-ports.js';

export const rule = defineRule({
  id: 'aws-ec2-security-group-no-public-database-ports',
  title: 'Security groups do not allow database ports from the internet',
  description:
    'Database and data-store ports (SQL Server, Oracle, MySQL, PostgreSQL, Redis, MongoDB, Elasticsearch, ' +
    'Cassandra, Memcached...) open to 0.0.0.0/0 or ::/0 let anyone attempt logins, exploit unauthenticated ' +
    'defaults, and exfiltrate data directly. Data stores belong in private subnets reachable only from the ' +
    'application tier.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.security-group'],
  messages: { open: WORLD_PORTS_MESSAGE },
  remediation: {
    text:
      'Remove inbound rules that open database ports to 0.0.0.0/0 or ::/0; allow them only from the application ' +
      "tier's security group.",
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr 0.0.0.0/0',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "db" {\n  security_group_id            = aws_security_group.db.id\n  ip_protocol                  = "tcp"\n  from_port                    = 5432\n  to_port                      = 5432\n  referenced_security_group_id = aws_security_group.app.id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
  ],
  check: (sg, ctx) => worldPortsVerdict(sg, ctx, 'open', SENSITIVE_PORTS.database),
});
