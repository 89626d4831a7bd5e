import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elb-load-balancer-multiple-availability-zones',
  title: 'Classic Load Balancers span at least two Availability Zones',
  description:
    'A load balancer registered in one Availability Zone stops serving when that zone fails, whatever the instances behind it do.',
  severity: 'medium',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.elb.load-balancer'],
  messages: {
    single: 'Classic Load Balancer {{name}} is in {{count}} Availability Zone(s) (at least 2 expected)',
  },
  remediation: {
    text: 'Add subnets (VPC) or Availability Zones so the load balancer spans at least two zones.',
    cli: 'aws elb attach-load-balancer-to-subnets --load-balancer-name <name> --subnets <subnet-in-another-az>',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-az.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-10',
  ],
  check(lb, ctx) {
    const zones = need(lb.config, 'availabilityZones');
    if (new Set(zones).size >= 2) return ctx.pass({ availabilityZones: zones });
    return ctx.fail('single', { name: lb.name, count: new Set(zones).size }, { availabilityZones: zones });
  },
});
