import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-apigateway-stage-xray-tracing-enabled',
  title: 'API Gateway REST stages have X-Ray tracing enabled',
  description:
    'X-Ray active tracing follows each request from API Gateway through the backend, which shows where ' +
    'latency, errors and unusual call paths come from.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.apigateway.stage'],
  messages: { off: 'API Gateway stage {{name}} does not trace requests with X-Ray' },
  remediation: {
    text: 'Enable X-Ray tracing on the stage.',
    cli: 'aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/tracingEnabled,value=true',
    terraform: 'resource "aws_api_gateway_stage" "this" {\n  xray_tracing_enabled = true\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-3',
  ],
  check(stage, ctx) {
    if (!need(stage.config, 'tracingEnabled')) return ctx.fail('off', { name: stage.name });
    return ctx.pass();
  },
});
