import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-autoscaling-group-multi-az',
  title: 'Auto Scaling groups span multiple Availability Zones',
  description:
    'A group confined to one Availability Zone loses all its capacity when that zone fails. Spreading it over ' +
    'several zones lets the group keep serving and rebalance.',
  severity: 'medium',
  category: 'compute',
  aspects: ['resilience'],
  assetTypes: ['aws.autoscaling.group'],
  messages: { single: 'Auto Scaling group {{name}} runs in only {{zones}}' },
  remediation: {
    text: 'Add subnets in at least two Availability Zones to the group.',
    terraform:
      'resource "aws_autoscaling_group" "this" {\n  vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.b.id]\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-2',
  ],
  check(g, ctx) {
    const zones = [...new Set(need(g.config, 'availabilityZones'))];
    if (zones.length < 2) return ctx.fail('single', { name: g.name, zones: zones.join(', ') || 'no zone' });
    return ctx.pass({ availabilityZones: zones });
  },
});
