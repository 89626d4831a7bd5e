import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-autoscaling-group-elb-health-check-used',
  title: 'Auto Scaling groups behind a load balancer use ELB health checks',
  description:
    'With EC2 health checks only, an instance whose application has stopped answering stays in service as ' +
    'long as the instance itself runs. Using the load balancer health checks lets the group replace ' +
    'instances the load balancer finds unhealthy.',
  severity: 'low',
  category: 'compute',
  aspects: ['resilience'],
  assetTypes: ['aws.autoscaling.group'],
  messages: {
    ec2Only: 'Auto Scaling group {{name}} is behind a load balancer but uses {{type}} health checks',
  },
  remediation: {
    text: 'Set the health check type of the group to ELB.',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --health-check-type ELB',
    terraform: 'resource "aws_autoscaling_group" "this" {\n  health_check_type = "ELB"\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-1',
  ],
  check(g, ctx) {
    const lbs = [...need(g.config, 'loadBalancerNames'), ...need(g.config, 'targetGroupArns')];
    if (lbs.length === 0) return ctx.notApplicable('the group is not attached to a load balancer');
    const type = need(g.config, 'healthCheckType');
    if (
      !type
        .split(',')
        .map((t) => t.trim())
        .includes('ELB')
    )
      return ctx.fail('ec2Only', { name: g.name, type });
    return ctx.pass({ healthCheckType: type });
  },
});
