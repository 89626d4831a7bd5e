import { defineRule, need } from '../../api.js';

const ON = new Set(['ERROR', 'INFO']);

export const rule = defineRule({
  id: 'aws-apigateway-stage-execution-logging-enabled',
  title: 'API Gateway REST stages have execution logging enabled',
  description:
    'Execution logs record, per request, how API Gateway authorised, transformed and forwarded it and what ' +
    'went wrong. Without them, failed and abusive calls to the API leave no trace to investigate.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.apigateway.stage'],
  messages: {
    none: 'API Gateway stage {{name}} has no execution logging',
    off: 'API Gateway stage {{name}} turns execution logging off for {{paths}}',
  },
  remediation: {
    text: 'Set the logging level of the stage (all methods, */*) to ERROR or INFO, and do not turn it off for single methods.',
    cli: "aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=ERROR'",
    terraform:
      'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  stage_name  = aws_api_gateway_stage.this.stage_name\n  method_path = "*/*"\n  settings { logging_level = "ERROR" }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1',
  ],
  check(stage, ctx) {
    const settings = need(stage.config, 'methodSettings');
    if (settings.length === 0) return ctx.fail('none', { name: stage.name });
    const off = settings.filter((s) => !ON.has(s.loggingLevel ?? 'OFF'));
    if (off.length > 0)
      return ctx.fail(
        'off',
        { name: stage.name, paths: off.map((s) => s.path).join(', ') },
        { methodSettings: off },
      );
    return ctx.pass({
      methodSettings: settings.map((s) => ({ path: s.path, loggingLevel: s.loggingLevel })),
    });
  },
});
