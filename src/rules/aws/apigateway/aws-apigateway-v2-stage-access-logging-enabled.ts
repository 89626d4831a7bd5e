import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-apigateway-v2-stage-access-logging-enabled',
  title: 'API Gateway V2 stages have access logging configured',
  description:
    'Access logs record who called an HTTP or WebSocket API stage, when, from where and with what ' +
    'result. Without them, abusive or unauthorised calls leave no trace to detect or investigate.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.apigateway.v2-stage'],
  messages: {
    none: 'API Gateway V2 stage {{name}} has no access logging',
  },
  remediation: {
    text: 'Configure access logging on the stage, to a CloudWatch Logs log group (or Firehose stream) with a log format.',
    cli: "aws apigatewayv2 update-stage --api-id <api-id> --stage-name <stage> --access-log-settings DestinationArn=<log-group-arn>,Format='$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
    terraform:
      'resource "aws_apigatewayv2_stage" "this" {\n  # ...\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api_access.arn\n    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-9',
  ],
  check(stage, ctx) {
    const destination = need(stage.config, 'accessLogDestinationArn');
    if (destination === null || destination === '') return ctx.fail('none', { name: stage.name });
    return ctx.pass({ accessLogDestinationArn: destination });
  },
});
