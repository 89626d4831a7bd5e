import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-apigateway-stage-waf-enabled',
  title: 'API Gateway REST stages are associated with a WAF web ACL',
  description:
    'An AWS WAF web ACL in front of a stage filters injection attempts, known bad inputs, bots and request ' +
    'floods before they reach the API and its backend.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.apigateway.stage'],
  messages: { none: 'API Gateway stage {{name}} has no AWS WAF web ACL' },
  remediation: {
    text: 'Associate a regional AWS WAF web ACL with the stage.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<id>/stages/<stage>',
    terraform:
      'resource "aws_wafv2_web_acl_association" "api" {\n  resource_arn = aws_api_gateway_stage.this.arn\n  web_acl_arn  = aws_wafv2_web_acl.api.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-4',
  ],
  check(stage, ctx) {
    const acl = need(stage.config, 'webAclArn');
    if (acl === null) return ctx.fail('none', { name: stage.name });
    return ctx.pass({ webAclArn: acl });
  },
});
