import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-subnet-no-auto-public-ip',
  title: 'VPC subnets do not assign public IP addresses automatically',
  description:
    'In a subnet with MapPublicIpOnLaunch on, every instance gets an internet-routable address unless its ' +
    'launch says otherwise, so exposure becomes the default rather than a decision.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.subnet'],
  messages: { auto: 'Subnet {{name}} assigns public IPv4 addresses to instances launched in it' },
  remediation: {
    text: 'Turn off auto-assignment of public IPv4 addresses; give public addresses explicitly, or put instances behind load balancers or NAT.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    terraform: 'resource "aws_subnet" "this" {\n  # ...\n  map_public_ip_on_launch = false\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15'],
  check(subnet, ctx) {
    if (need(subnet.config, 'mapPublicIpOnLaunch')) return ctx.fail('auto', { name: subnet.name });
    return ctx.pass();
  },
});
