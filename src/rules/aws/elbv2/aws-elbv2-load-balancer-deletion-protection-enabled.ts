import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elbv2-load-balancer-deletion-protection-enabled',
  title: 'Load balancers have deletion protection enabled',
  description:
    'A deleted load balancer takes its DNS name, listeners and rules with it, and the service behind it goes ' +
    'offline. Deletion protection stops an accidental or malicious delete until the setting is turned off.',
  severity: 'low',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.elbv2.load-balancer'],
  messages: {
    off: 'Load balancer {{name}} can be deleted without first turning off deletion protection',
  },
  remediation: {
    text: 'Set the load balancer attribute deletion_protection.enabled to true.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=deletion_protection.enabled,Value=true',
    terraform: 'resource "aws_lb" "this" {\n  # ...\n  enable_deletion_protection = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-6',
  ],
  check(lb, ctx) {
    if (need(lb.config, 'deletionProtection')) return ctx.pass();
    return ctx.fail('off', { name: lb.name });
  },
});
