import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elbv2-load-balancer-access-logs-enabled',
  title: 'Application and Network Load Balancers write access logs',
  description:
    'Access logs record every request (client, path, status, TLS details) the load balancer handled. ' +
    'Without them, attacks against the application behind it cannot be traced or investigated.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.elbv2.load-balancer'],
  messages: {
    off: 'Load balancer {{name}} has access logging turned off',
  },
  remediation: {
    text: 'Enable access logs to an S3 bucket whose policy allows the Elastic Load Balancing log delivery service to write.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    terraform:
      'resource "aws_lb" "this" {\n  # ...\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5',
  ],
  check(lb, ctx) {
    const type = need(lb.config, 'lbType');
    if (type === 'gateway') return ctx.notApplicable('Gateway Load Balancers have no access logs');
    if (need(lb.config, 'accessLogsEnabled')) return ctx.pass({ bucket: lb.config.accessLogsBucket });
    return ctx.fail('off', { name: lb.name });
  },
});
