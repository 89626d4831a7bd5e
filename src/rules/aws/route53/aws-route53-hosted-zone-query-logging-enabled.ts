import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-route53-hosted-zone-query-logging-enabled',
  title: 'Route 53 public hosted zones log DNS queries',
  description:
    'DNS query logs show which names of a public zone are asked for, from where: they reveal ' +
    'reconnaissance, data exfiltration over DNS and clients still using names that should be gone.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.route53.hosted-zone'],
  messages: { off: 'Route 53 public hosted zone {{name}} does not log DNS queries' },
  remediation: {
    text: 'Create a query logging configuration for the zone, sending to a CloudWatch Logs log group in us-east-1.',
    cli: 'aws route53 create-query-logging-config --hosted-zone-id <zone-id> --cloud-watch-logs-log-group-arn <log-group-arn>',
    terraform:
      'resource "aws_route53_query_log" "this" {\n  zone_id                  = aws_route53_zone.this.zone_id\n  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/route53-controls.html#route53-2',
  ],
  check(zone, ctx) {
    if (need(zone.config, 'privateZone')) return ctx.notApplicable('the hosted zone is private');
    const group = need(zone.config, 'queryLoggingLogGroupArn');
    if (group === null) return ctx.fail('off', { name: zone.name });
    return ctx.pass({ queryLoggingLogGroupArn: group });
  },
});
