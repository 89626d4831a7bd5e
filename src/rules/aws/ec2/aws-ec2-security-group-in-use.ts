import { defineRule, need } from '../../api.js';
import { isUnknown } from '../../../model/unknown.js';

export const rule = defineRule({
  id: 'aws-ec2-security-group-in-use',
  title: 'Unused security groups are removed',
  description:
    'A security group no network interface uses protects nothing, but it can be attached later with rules ' +
    'nobody has reviewed for a long time. Remove unused groups so the ones left are the ones that matter. ' +
    "A group is in use when a network interface in its region uses it; the VPC's default group, which cannot " +
    'be deleted, is not assessed (as AWS does).',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.security-group'],
  requires: ['aws.ec2.network-interface'],
  messages: {
    unused: 'Security group {{name}} ({{id}}) is not attached to any network interface',
  },
  remediation: {
    text: 'Delete security groups that no network interface uses (after checking no launch template or automation expects them).',
    cli: 'aws ec2 delete-security-group --group-id <group-id>',
    terraform: '# Remove the unused aws_security_group resource from the configuration.',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-22'],
  check(group, ctx) {
    const groupName = need(group.config, 'groupName');
    if (groupName === 'default')
      return ctx.notApplicable("the VPC's default security group cannot be deleted");
    const groupId = need(group.config, 'groupId');
    const scope = { account: group.account, region: group.region };
    const enis = ctx.assets('aws.ec2.network-interface', scope);
    const users = enis.filter((e) => {
      const ids = e.config.securityGroupIds;
      return !isUnknown(ids) && ids.includes(groupId);
    });
    if (users.length > 0) return ctx.pass({ networkInterfaces: users.map((e) => e.name) });
    const undecided = enis.find((e) => isUnknown(e.config.securityGroupIds));
    if (undecided !== undefined)
      return ctx.unknown(
        `network interface ${undecided.name} securityGroupIds`,
        'the groups of a network interface in the region are unknown',
      );
    if (!ctx.covered('aws.ec2.network-interface', scope))
      return ctx.unknown(
        'network interfaces',
        `the sources do not show the network interfaces of ${group.account}/${group.region} ` +
          '(none there, and no AWS Config recorder item saying AWS::EC2::NetworkInterface is recorded)',
      );
    return ctx.fail('unused', { name: group.name, id: groupId });
  },
});
