import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-autoscaling-group-multiple-instance-types',
  title: 'Auto Scaling groups use several instance types across several Availability Zones',
  description:
    'A group that can launch only one instance type cannot scale out when that type runs short of capacity ' +
    'in a zone. A mixed instances policy with several types, over several zones, keeps the group able to ' +
    'launch.',
  severity: 'medium',
  category: 'compute',
  aspects: ['resilience'],
  assetTypes: ['aws.autoscaling.group'],
  messages: {
    oneType: 'Auto Scaling group {{name}} can launch only {{types}}',
    oneZone: 'Auto Scaling group {{name}} uses several instance types but runs in only {{zones}}',
  },
  remediation: {
    text: 'Give the group a mixed instances policy that overrides the launch template with at least two instance types, and subnets in at least two zones.',
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  mixed_instances_policy {\n    launch_template {\n      launch_template_specification { launch_template_id = aws_launch_template.app.id }\n      override { instance_type = "m6i.large" }\n      override { instance_type = "m5.large" }\n    }\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-6',
  ],
  check(g, ctx) {
    const types = [...new Set(need(g.config, 'mixedInstanceTypes') ?? [])];
    if (types.length < 2)
      return ctx.fail('oneType', { name: g.name, types: types.join(', ') || 'one instance type' });
    const zones = [...new Set(need(g.config, 'availabilityZones'))];
    if (zones.length < 2) return ctx.fail('oneZone', { name: g.name, zones: zones.join(', ') || 'no zone' });
    return ctx.pass({ instanceTypes: types, availabilityZones: zones });
  },
});
