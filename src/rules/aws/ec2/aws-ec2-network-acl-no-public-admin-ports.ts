import { naclAllows } from '../../../inventory/graph/aws-exposure.js';
import { defineRule, need } from '../../api.js';

/** Remote administration: SSH and RDP, over TCP and UDP. */
const ADMIN = [
  { protocol: 'tcp', from: 22, to: 22 },
  { protocol: 'udp', from: 22, to: 22 },
  { protocol: 'tcp', from: 3389, to: 3389 },
  { protocol: 'udp', from: 3389, to: 3389 },
];

export const rule = defineRule({
  id: 'aws-ec2-network-acl-no-public-admin-ports',
  title: 'Network ACLs allow no ingress from the whole internet to SSH or RDP',
  description:
    'A network ACL is the subnet-wide layer under security groups. One that lets 0.0.0.0/0 (or ::/0) reach ' +
    'port 22 or 3389 leaves remote administration of every instance in its subnets to a single security ' +
    'group mistake. Entries are read in rule-number order, as AWS evaluates them: a lower-numbered deny ' +
    'of the whole internet closes the port.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.network-acl'],
  messages: {
    open: 'Network ACL {{name}} allows {{ranges}} in from the internet',
  },
  remediation: {
    text: 'Add inbound deny entries for 0.0.0.0/0 and ::/0 on ports 22 and 3389 numbered below the allow entries, or replace the broad allow with entries for your administration networks only.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    terraform:
      'resource "aws_network_acl_rule" "deny_ssh" {\n  network_acl_id = aws_network_acl.this.id\n  rule_number    = 50\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 22\n  to_port        = 22\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
  ],
  check(acl, ctx) {
    const allowed = naclAllows(need(acl.config, 'entries'), ADMIN);
    if (allowed.length === 0) return ctx.pass();
    const ranges = allowed
      .map((r) => `${r.protocol} ${r.from === r.to ? r.from : `${r.from}-${r.to}`}`)
      .join(', ');
    return ctx.fail('open', { name: acl.name, ranges }, { allowed });
  },
});
