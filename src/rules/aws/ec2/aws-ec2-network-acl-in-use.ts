import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-network-acl-in-use',
  title: 'Network ACLs are associated with a subnet',
  description:
    'A network ACL no subnet uses does nothing, but it can be associated later with rules nobody has ' +
    'reviewed for years. Remove unused ACLs so the ones left are the ones that matter.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.network-acl'],
  messages: { unused: 'Network ACL {{name}} is not associated with any subnet' },
  remediation: {
    text: 'Delete network ACLs that no subnet uses.',
    cli: 'aws ec2 delete-network-acl --network-acl-id <acl-id>',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-16'],
  check(acl, ctx) {
    const subnets = need(acl.config, 'subnetIds');
    if (subnets.length === 0) return ctx.fail('unused', { name: acl.name });
    return ctx.pass({ subnetIds: subnets });
  },
});
