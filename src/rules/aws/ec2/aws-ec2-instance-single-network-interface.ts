import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-instance-single-network-interface',
  title: 'EC2 instances use one network interface',
  description:
    'An instance with several network interfaces can sit in several subnets at once and bridge networks that ' +
    'were meant to stay apart, which makes its reachability hard to reason about. Use one interface unless ' +
    'the design needs more (and then review it).',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.instance'],
  messages: {
    multiple: 'Instance {{name}} has {{count}} network interfaces ({{ids}})',
  },
  remediation: {
    text: 'Detach the extra network interfaces the instance does not need.',
    cli: 'aws ec2 detach-network-interface --attachment-id <attachment-id>',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-17'],
  check(instance, ctx) {
    const ids = need(instance.config, 'networkInterfaceIds');
    if (ids.length > 1)
      return ctx.fail('multiple', { name: instance.name, count: ids.length, ids: ids.join(', ') });
    return ctx.pass({ networkInterfaceIds: ids });
  },
});
