import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elb-load-balancer-connection-draining-enabled',
  title: 'Classic Load Balancers drain connections before deregistering instances',
  description:
    'Without connection draining, an instance taken out of service (a deployment, a scale-in, a failed health check) has its in-flight requests cut off.',
  severity: 'medium',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.elb.load-balancer'],
  messages: {
    off: 'Classic Load Balancer {{name}} has connection draining turned off',
  },
  remediation: {
    text: 'Turn on connection draining with a timeout that fits the longest requests.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"ConnectionDraining":{"Enabled":true,"Timeout":300}}\'',
    terraform: 'resource "aws_elb" "this" {\n  # ...\n  connection_draining = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-7',
  ],
  check(lb, ctx) {
    if (need(lb.config, 'connectionDrainingEnabled')) return ctx.pass();
    return ctx.fail('off', { name: lb.name });
  },
});
