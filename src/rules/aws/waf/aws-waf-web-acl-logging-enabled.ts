import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-waf-web-acl-logging-enabled',
  title: 'WAF Classic global web ACLs have logging enabled',
  description:
    'WAF Classic logs record each request the web ACL inspected and the rule that matched it. Without ' +
    'them, attacks on the CloudFront distributions behind the web ACL cannot be investigated.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.waf.web-acl'],
  messages: {
    off: 'WAF Classic global web ACL {{name}} does not log the requests it inspects',
  },
  remediation: {
    text: 'Send the web ACL logs to a Kinesis Data Firehose delivery stream (aws-waf-logs-*). WAF Classic has reached end of support: migrate to AWS WAF (v2).',
    cli: 'aws waf put-logging-configuration --logging-configuration ResourceArn=<web-acl-arn>,LogDestinationConfigs=<firehose-arn>',
    terraform:
      'resource "aws_waf_web_acl" "this" {\n  # ...\n  logging_configuration {\n    log_destination = aws_kinesis_firehose_delivery_stream.waf.arn\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-1',
  ],
  check(acl, ctx) {
    if (need(acl.config, 'loggingEnabled')) return ctx.pass();
    return ctx.fail('off', { name: acl.name });
  },
});
