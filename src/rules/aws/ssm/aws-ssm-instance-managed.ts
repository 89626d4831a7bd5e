import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ssm-instance-managed',
  title: 'EC2 instances are managed by Systems Manager',
  description:
    'Systems Manager gives an inventory of what runs on the instance, patching, and shell access without open ' +
    'SSH ports or key pairs. An instance SSM does not manage is patched and inspected by hand, if at all. ' +
    'An instance is managed when Systems Manager lists it (AWS Config: an AWS::SSM::ManagedInstanceInventory ' +
    'item for it; live: ssm:DescribeInstanceInformation).',
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.instance'],
  requires: ['aws.ssm.managed-instance'],
  messages: {
    unmanaged: 'Instance {{name}} is not managed by Systems Manager',
  },
  remediation: {
    text: 'Run the SSM Agent on the instance (included in current Amazon-provided AMIs), give its instance profile the AmazonSSMManagedInstanceCore policy, and let it reach the SSM endpoints (or enable Default Host Management Configuration).',
    cli: 'aws ssm update-service-setting --setting-id arn:aws:ssm:<region>:<account>:servicesetting/ssm/managed-instance/default-ec2-instance-management-role --setting-value <role-name>',
  },
  references: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-ec2.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-1',
  ],
  check(instance, ctx) {
    const instanceId = need(instance.config, 'instanceId');
    const scope = { account: instance.account, region: instance.region };
    const managed = ctx
      .assets('aws.ssm.managed-instance', scope)
      .find((m) => m.config.instanceId === instanceId || m.relations.some((r) => r.target === instance.uid));
    if (managed !== undefined) return ctx.pass({ pingStatus: managed.config.pingStatus });
    if (!ctx.covered('aws.ssm.managed-instance', scope))
      return ctx.unknown(
        'managed instances',
        `the sources do not show which instances Systems Manager manages in ${instance.account}/${instance.region} ` +
          '(ssm:DescribeInstanceInformation not read, and no AWS Config recorder item saying ' +
          'AWS::SSM::ManagedInstanceInventory is recorded)',
      );
    return ctx.fail('unmanaged', { name: instance.name });
  },
});
