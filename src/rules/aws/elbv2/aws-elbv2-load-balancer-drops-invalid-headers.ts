import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elbv2-load-balancer-drops-invalid-headers',
  title: 'Application Load Balancers drop invalid HTTP header fields',
  description:
    'Header fields with invalid names can be interpreted differently by the load balancer and the targets ' +
    'behind it, which is the basis of HTTP request smuggling and desync attacks. Dropping them at the load ' +
    'balancer removes that ambiguity.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.elbv2.load-balancer'],
  messages: {
    kept: 'Application Load Balancer {{name}} forwards invalid HTTP header fields to its targets',
  },
  remediation: {
    text: 'Set the load balancer attribute routing.http.drop_invalid_header_fields.enabled to true.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    terraform: 'resource "aws_lb" "this" {\n  # ...\n  drop_invalid_header_fields = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4',
  ],
  check(lb, ctx) {
    const type = need(lb.config, 'lbType');
    if (type !== 'application') return ctx.notApplicable(`${type} load balancers have no such attribute`);
    if (need(lb.config, 'dropInvalidHeaderFields') === true) return ctx.pass();
    return ctx.fail('kept', { name: lb.name });
  },
});
