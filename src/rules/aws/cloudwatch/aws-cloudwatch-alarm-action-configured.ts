import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudwatch-alarm-action-configured',
  title: 'CloudWatch alarms have an action for the ALARM state',
  description:
    'An alarm without an action changes state on a dashboard nobody may be watching. An action for the ALARM ' +
    'state (an SNS notification, an Auto Scaling or EC2 action, a Systems Manager incident) makes the alarm ' +
    'reach someone or something when its metric breaches. Security Hub checks it as CloudWatch.15, in its NIST SP 800-53 r5 standard (not in FSBP).',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.cloudwatch.alarm'],
  messages: { none: 'CloudWatch alarm {{name}} has no action for the ALARM state' },
  remediation: {
    text: 'Add an alarm action, typically an SNS topic whose subscribers are the people or tools that respond.',
    cli: 'aws cloudwatch put-metric-alarm --alarm-name <name> ... --alarm-actions <sns-topic-arn>',
    terraform:
      'resource "aws_cloudwatch_metric_alarm" "this" {\n  # ...\n  alarm_actions = [aws_sns_topic.alerts.arn]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15',
  ],
  check(alarm, ctx) {
    const actions = need(alarm.config, 'alarmActions');
    return actions.length > 0 ? ctx.pass({ alarmActions: actions }) : ctx.fail('none', { name: alarm.name });
  },
});
