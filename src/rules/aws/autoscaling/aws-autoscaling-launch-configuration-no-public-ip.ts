import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-autoscaling-launch-configuration-no-public-ip',
  title: 'Instances from Auto Scaling launch configurations get no public IP address',
  description:
    'A launch configuration that assigns public IP addresses puts every instance of the group straight on ' +
    'the internet, bypassing the load balancer; reach instances through a load balancer or NAT instead.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.autoscaling.launch-configuration'],
  messages: { public: 'Launch configuration {{name}} gives its instances public IP addresses' },
  remediation: {
    text: 'Create a launch configuration (better, a launch template) that does not associate public IP addresses, and switch the group to it.',
    terraform:
      'resource "aws_launch_configuration" "this" {\n  associate_public_ip_address = false\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-5',
  ],
  check(lc, ctx) {
    const pub = need(lc.config, 'associatePublicIpAddress');
    if (pub === true) return ctx.fail('public', { name: lc.name });
    return ctx.pass(
      { associatePublicIpAddress: pub },
      pub === null ? 'not set: instances follow the subnet setting' : undefined,
    );
  },
});
