import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elbv2-load-balancer-waf-web-acl-attached',
  title: 'Application Load Balancers are protected by a WAF web ACL',
  description:
    'An Application Load Balancer without a web ACL passes every HTTP request to its targets: SQL ' +
    'injection, cross-site scripting, known bad inputs and bot floods reach the application unfiltered.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.elbv2.load-balancer'],
  messages: {
    none: 'Application Load Balancer {{name}} is not associated with a WAF web ACL',
  },
  remediation: {
    text: 'Associate a regional AWS WAF web ACL with the load balancer.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn <load-balancer-arn>',
    terraform:
      'resource "aws_wafv2_web_acl_association" "this" {\n  resource_arn = aws_lb.this.arn\n  web_acl_arn  = aws_wafv2_web_acl.this.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16',
  ],
  check(lb, ctx) {
    const type = need(lb.config, 'lbType');
    if (type !== 'application') return ctx.notApplicable(`a ${type} load balancer cannot use AWS WAF`);
    const acl = need(lb.config, 'wafWebAclArn');
    if (acl !== null) return ctx.pass({ webAclArn: acl });
    return ctx.fail('none', { name: lb.name });
  },
});
