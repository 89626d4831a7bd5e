import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-autoscaling-group-launch-template-used',
  title: 'Auto Scaling groups launch instances from EC2 launch templates',
  description:
    'Launch configurations are deprecated: they get no new EC2 features (such as newer instance types and ' +
    'some IMDS settings) and cannot be versioned. Launch templates can, and they are needed for mixed ' +
    'instance policies.',
  severity: 'medium',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.autoscaling.group'],
  messages: {
    launchConfiguration: 'Auto Scaling group {{name}} launches from launch configuration {{config}}',
  },
  remediation: {
    text: 'Copy the launch configuration to a launch template and point the group at the template.',
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  launch_template {\n    id      = aws_launch_template.app.id\n    version = "$Latest"\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-9',
  ],
  check(g, ctx) {
    const lc = need(g.config, 'launchConfigurationName');
    if (lc !== null) return ctx.fail('launchConfiguration', { name: g.name, config: lc });
    return ctx.pass({ launchTemplate: need(g.config, 'launchTemplate') });
  },
});
