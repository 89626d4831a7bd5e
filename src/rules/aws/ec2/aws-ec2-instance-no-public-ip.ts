import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-instance-no-public-ip',
  title: 'EC2 instances have no public IPv4 address',
  description:
    'An instance with a public IPv4 address is directly reachable from the internet wherever its security ' +
    'groups and network ACLs allow, and one rule change away from exposure where they do not. Instances ' +
    'should sit in private subnets behind load balancers, NAT and Session Manager.',
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.instance'],
  messages: {
    publicIp: 'Instance {{name}} has public IPv4 address {{ip}}',
  },
  remediation: {
    text:
      'Launch the instance in a private subnet (or turn off auto-assign public IP on its subnet), release any ' +
      'Elastic IP, and serve traffic through a load balancer; use Session Manager for administration.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    terraform: 'resource "aws_instance" "this" {\n  # ...\n  associate_public_ip_address = false\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
  ],
  check(instance, ctx) {
    if (need(instance.config, 'state') === 'terminated') return ctx.notApplicable('instance is terminated');
    const ip = need(instance.config, 'publicIp');
    if (ip !== null) return ctx.fail('publicIp', { name: instance.name, ip }, { publicIp: ip });
    return ctx.pass();
  },
});
