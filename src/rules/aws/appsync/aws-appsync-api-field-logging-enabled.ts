import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-appsync-api-field-logging-enabled',
  title: 'AppSync APIs have field-level logging enabled',
  description:
    'Field-level logs record, per request, how each field was resolved and which failed. Without them ' +
    'errors and abuse of the API (probing, injection through arguments) leave no trace in CloudWatch Logs.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.appsync.graphql-api'],
  messages: {
    none: 'AppSync API {{name}} has no field-level logging',
  },
  remediation: {
    text: 'Turn on field-level logging at ERROR (or ALL) with a role AppSync can write to CloudWatch Logs with.',
    cli: 'aws appsync update-graphql-api --api-id <api-id> --name <name> --log-config fieldLogLevel=ERROR,cloudWatchLogsRoleArn=<role-arn>',
    terraform:
      'resource "aws_appsync_graphql_api" "this" {\n  # ...\n  log_config {\n    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn\n    field_log_level          = "ERROR"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#cwl',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html#appsync-2',
  ],
  check(api, ctx) {
    const level = need(api.config, 'fieldLogLevel');
    if (level === null || level.toUpperCase() === 'NONE') return ctx.fail('none', { name: api.name });
    return ctx.pass({ fieldLogLevel: level });
  },
});
