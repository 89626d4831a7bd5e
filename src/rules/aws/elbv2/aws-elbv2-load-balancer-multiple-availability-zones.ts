import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elbv2-load-balancer-multiple-availability-zones',
  title: 'Application, Network and Gateway Load Balancers span at least two Availability Zones',
  description:
    'A load balancer with subnets in a single Availability Zone stops serving when that zone fails, whatever the targets behind it do.',
  severity: 'medium',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.elbv2.load-balancer'],
  messages: {
    single: 'Load balancer {{name}} is in {{count}} Availability Zone(s) (at least 2 expected)',
  },
  remediation: {
    text: 'Add a subnet in another Availability Zone to the load balancer.',
    cli: 'aws elbv2 set-subnets --load-balancer-arn <lb-arn> --subnets <subnet-a> <subnet-in-another-az>',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-subnets.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-13',
  ],
  check(lb, ctx) {
    const zones = need(lb.config, 'availabilityZones');
    if (new Set(zones).size >= 2) return ctx.pass({ availabilityZones: zones });
    return ctx.fail('single', { name: lb.name, count: new Set(zones).size }, { availabilityZones: zones });
  },
});
