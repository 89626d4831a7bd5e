import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elb-load-balancer-cross-zone-enabled',
  title: 'Classic Load Balancers balance across Availability Zones',
  description:
    "Without cross-zone load balancing, each zone's load balancer node sends traffic only to instances in its own zone, so a zone with fewer healthy instances is overloaded.",
  severity: 'medium',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.elb.load-balancer'],
  messages: {
    off: 'Classic Load Balancer {{name}} has cross-zone load balancing turned off',
  },
  remediation: {
    text: 'Turn on cross-zone load balancing.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"CrossZoneLoadBalancing":{"Enabled":true}}\'',
    terraform: 'resource "aws_elb" "this" {\n  # ...\n  cross_zone_load_balancing = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-9',
  ],
  check(lb, ctx) {
    if (need(lb.config, 'crossZoneLoadBalancingEnabled')) return ctx.pass();
    return ctx.fail('off', { name: lb.name });
  },
});
