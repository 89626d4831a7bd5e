import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elb-load-balancer-access-logs-enabled',
  title: 'Classic Load Balancers write access logs',
  description:
    'Access logs record every request the load balancer receives (client, path, latency, response), which is what an investigation of an attack through it needs.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.elb.load-balancer'],
  messages: {
    off: 'Classic Load Balancer {{name}} does not write access logs',
  },
  remediation: {
    text: 'Turn on access logs to an S3 bucket the load balancer may write to.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"AccessLog":{"Enabled":true,"S3BucketName":"<bucket>","EmitInterval":60}}\'',
    terraform:
      'resource "aws_elb" "this" {\n  # ...\n  access_logs {\n    bucket  = "<bucket>"\n    enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5',
  ],
  check(lb, ctx) {
    if (need(lb.config, 'accessLogsEnabled')) return ctx.pass();
    return ctx.fail('off', { name: lb.name });
  },
});
