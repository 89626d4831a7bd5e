import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudwatch-alarm-actions-enabled',
  title: 'CloudWatch alarm actions are enabled',
  description:
    'An alarm whose actions are disabled still changes state but notifies and does nothing: the people and ' +
    'automation its actions name never hear of the breach it was built to catch. Security Hub checks it as CloudWatch.17, in its NIST SP 800-53 r5 standard (not in FSBP).',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.cloudwatch.alarm'],
  messages: { disabled: 'CloudWatch alarm {{name}} has its actions disabled' },
  remediation: {
    text: 'Enable the alarm actions.',
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <name>',
    terraform: 'resource "aws_cloudwatch_metric_alarm" "this" {\n  # ...\n  actions_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EnableAlarmActions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-17',
  ],
  check(alarm, ctx) {
    return need(alarm.config, 'actionsEnabled') ? ctx.pass() : ctx.fail('disabled', { name: alarm.name });
  },
});
