import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-default-security-group-restricts-all',
  title: 'Default security groups allow no inbound or outbound traffic',
  description:
    'Every VPC has a default security group that resources join when no other group is given. If it allows ' +
    'traffic, a resource launched without thought gets that access. Keeping it empty forces every resource ' +
    'to use a purpose-built group.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.security-group'],
  messages: {
    hasRules:
      'Default security group {{group}} of {{vpc}} has {{ingress}} inbound and {{egress}} outbound rules; it should have none',
  },
  remediation: {
    text:
      'Remove every inbound and outbound rule from the default security group, and move resources that use it ' +
      'to dedicated groups. (The default group itself cannot be deleted.)',
    cli:
      'aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --ip-permissions "$(aws ec2 describe-security-groups --group-ids <default-sg-id> --query SecurityGroups[0].IpPermissions)"\n' +
      'aws ec2 revoke-security-group-egress --group-id <default-sg-id> --ip-permissions "$(aws ec2 describe-security-groups --group-ids <default-sg-id> --query SecurityGroups[0].IpPermissionsEgress)"',
    terraform:
      'resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.this.id\n  # no ingress or egress blocks: Terraform removes all rules\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
  ],
  check(sg, ctx) {
    if (need(sg.config, 'groupName') !== 'default') return ctx.notApplicable('not a default security group');
    const ingress = need(sg.config, 'ingress');
    const egress = need(sg.config, 'egress');
    if (ingress.length === 0 && egress.length === 0) return ctx.pass();
    const vpc = need(sg.config, 'vpcId');
    return ctx.fail(
      'hasRules',
      {
        group: need(sg.config, 'groupId'),
        vpc: vpc ?? 'EC2-Classic',
        ingress: ingress.length,
        egress: egress.length,
      },
      { ingress, egress },
    );
  },
});
