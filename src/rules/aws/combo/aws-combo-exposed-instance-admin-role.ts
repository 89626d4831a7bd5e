import { defineRule } from '../../api.js';
import { comboEvidence, failedComponents, relatedUids } from '../../combination.js';

export const rule = defineRule({
  id: 'aws-combo-exposed-instance-admin-role',
  title: 'No instance reachable from the internet runs with an admin-equivalent role',
  description:
    'A toxic combination: an EC2 instance the internet can reach (public address, route to an internet gateway, ' +
    'security group and network ACL open) whose instance profile role has full administrator access. Whoever ' +
    'compromises the instance can take its credentials from the metadata service and own the account.',
  severity: 'critical',
  category: 'compute',
  aspects: ['exposure', 'privilege'],
  assetTypes: ['aws.ec2.instance'],
  combination: {
    components: [
      'aws-ec2-instance-no-public-ip',
      'aws-iam-role-no-admin-access',
      'aws-ec2-security-group-no-public-ssh',
      'aws-ec2-security-group-no-public-rdp',
      'aws-ec2-security-group-no-public-all-ports',
      'aws-ec2-instance-imdsv2-required',
    ],
  },
  messages: {
    toxic: 'Instance {{name}} is reachable ({{path}}) and {{privilege}}',
  },
  remediation: {
    text:
      'Give the instance a role scoped to what its workload needs (or detach the profile), and take it off the ' +
      'internet: remove the public address or close the security group. Require IMDSv2 meanwhile.',
    cli: 'aws ec2 replace-iam-instance-profile-association --association-id <id> --iam-instance-profile Name=<scoped-profile>',
  },
  check(instance, ctx) {
    const f = ctx.facts(instance);
    if (f.exposure === undefined || f.privilege?.admin !== true) return ctx.pass();
    const sgs = relatedUids(instance, 'uses-security-group');
    const components = failedComponents(ctx, [
      ['aws-ec2-instance-no-public-ip', instance.uid],
      ['aws-iam-role-no-admin-access', f.privilege.runsAs],
      ['aws-ec2-instance-imdsv2-required', instance.uid],
      ...sgs.flatMap(
        (sg) =>
          [
            ['aws-ec2-security-group-no-public-ssh', sg],
            ['aws-ec2-security-group-no-public-rdp', sg],
            ['aws-ec2-security-group-no-public-all-ports', sg],
          ] as const,
      ),
    ]);
    return ctx.fail(
      'toxic',
      { name: instance.name, path: f.exposure.text, privilege: f.privilege.reason },
      comboEvidence(components, f),
    );
  },
});
