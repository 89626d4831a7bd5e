import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-wafv2-web-acl-logging-enabled',
  title: 'WAFv2 web ACLs have logging enabled',
  description:
    'Web ACL logs record each inspected request, the rule it matched and the action taken. Without them ' +
    'an attack the firewall saw (or let through) cannot be investigated, and false positives cannot be tuned.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.wafv2.web-acl'],
  messages: {
    off: 'WAFv2 web ACL {{name}} does not log the requests it inspects',
  },
  remediation: {
    text: 'Add a logging configuration that sends the web ACL logs to CloudWatch Logs, S3 or Kinesis Data Firehose.',
    cli: 'aws wafv2 put-logging-configuration --logging-configuration ResourceArn=<web-acl-arn>,LogDestinationConfigs=<log-group-arn>',
    terraform:
      'resource "aws_wafv2_web_acl_logging_configuration" "this" {\n  resource_arn            = aws_wafv2_web_acl.this.arn\n  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-11',
  ],
  check(acl, ctx) {
    if (need(acl.config, 'loggingEnabled')) return ctx.pass();
    return ctx.fail('off', { name: acl.name });
  },
});
