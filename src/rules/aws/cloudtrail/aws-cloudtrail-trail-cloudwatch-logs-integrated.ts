import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudtrail-trail-cloudwatch-logs-integrated',
  title: 'CloudTrail trails send events to CloudWatch Logs',
  description:
    'Sending trail events to CloudWatch Logs lets metric filters and alarms react within minutes to root ' +
    'sign-ins, policy changes or disabled logging, instead of someone finding them in S3 later.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.cloudtrail.trail'],
  messages: {
    none: 'Trail {{name}} does not send events to CloudWatch Logs',
  },
  remediation: {
    text:
      'Create a log group and a role CloudTrail can assume to write to it, then configure the trail to ' +
      'deliver to that log group.',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    terraform:
      'resource "aws_cloudtrail" "this" {\n  # ...\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-5',
  ],
  check(trail, ctx) {
    const group = need(trail.config, 'cloudWatchLogsLogGroupArn');
    if (group === null) return ctx.fail('none', { name: trail.name });
    return ctx.pass({ logGroup: group });
  },
});
