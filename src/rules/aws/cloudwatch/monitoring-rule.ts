/**
 * One rule per CIS AWS 7.0 monitoring check, built from the check table: the account passes when a
 * logging multi-region trail's log group has a metric filter catching the check's events, an alarm
 * with actions enabled on its metric, and an SNS topic with a confirmed subscription among the alarm's
 * actions. CIS marks these requirements manual; the rule judges the configuration part of them.
 */
import { UnknownFieldError } from '../../../model/errors.js';
import { defineRule, type AnyRule } from '../../api.js';
import { monitoringChain } from './monitoring-chain.js';
import { monitoringCheck } from './monitoring-checks.js';

/** The rule for the check `slug` (`aws-cloudwatch-alarm-<slug>`). */
export function monitoringRule(slug: string): AnyRule {
  const check = monitoringCheck(slug);
  const { watches } = check;
  const metric = slug.replace(/(^|-)(\w)/g, (_, __: string, c: string) => c.toUpperCase());
  return defineRule({
    id: `aws-cloudwatch-alarm-${slug}`,
    title: `A CloudWatch alarm notifies a subscribed SNS topic of ${watches}`,
    description:
      `${check.why} CloudTrail delivered to CloudWatch Logs, a metric filter for ${watches} and an alarm ` +
      'on its metric that notifies an SNS topic with a subscriber turn the event into a message someone ' +
      `reads. Automates the configuration part of CIS AWS Foundations 7.0 ${check.cis} (a manual ` +
      'requirement in the benchmark: whether someone acts on the message is for an auditor to confirm)' +
      `${check.securityHub === undefined ? '' : `; Security Hub checked the same as ${check.securityHub}`}. ` +
      `The filter pattern must catch every event of CIS's pattern: \`${check.pattern}\`.`,
    severity: check.severity,
    category: 'logging',
    aspects: ['logging'],
    assetTypes: ['aws.account'],
    requires: ['aws.cloudtrail.trail', 'aws.logs.metric-filter', 'aws.cloudwatch.alarm', 'aws.sns.topic'],
    messages: {
      noTrail: `Account {{name}} has no logging multi-region CloudTrail trail recording all management events to watch for ${watches} ({{trails}})`,
      noLogGroup: `Account {{name}}: multi-region trail {{trails}} sends no events to CloudWatch Logs, so no alarm can watch for ${watches}`,
      noFilter: `Account {{name}}: no metric filter on log group {{logGroup}} (trail {{trail}}) catches ${watches}`,
      noAlarm: `Account {{name}}: no alarm with actions enabled watches the metric of filter {{filters}} (${watches})`,
      noSubscriber: `Account {{name}}: alarm {{alarms}} on ${watches} notifies no SNS topic with a confirmed subscription`,
    },
    remediation: {
      text:
        'Send a multi-region trail to a CloudWatch Logs log group, add a metric filter with the CIS pattern to that ' +
        'group, an alarm on its metric (Sum >= 1 over 5 minutes) whose action is an SNS topic, and subscribe ' +
        'someone (an email address, a chat integration) to the topic and confirm the subscription.',
      cli:
        `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${metric} ` +
        `--metric-transformations metricName=${metric},metricNamespace=CISBenchmark,metricValue=1 ` +
        `--filter-pattern '${check.pattern}'\n` +
        `aws cloudwatch put-metric-alarm --alarm-name ${metric} --metric-name ${metric} --namespace CISBenchmark ` +
        '--statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold ' +
        '--evaluation-periods 1 --alarm-actions <sns-topic-arn>\n' +
        'aws sns subscribe --topic-arn <sns-topic-arn> --protocol email --notification-endpoint <address>',
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
    ],
    check(account, ctx) {
      const result = monitoringChain(ctx, account, check.requirement);
      if (result.ok) return ctx.pass(result.evidence);
      if (result.gaps.length > 0) {
        // Name the most specific thing missing; mention the rest.
        const gaps = [...result.gaps].sort((a, b) => b.depth - a.depth);
        const first = gaps[0]!;
        const others = [...new Set(gaps.slice(1).map((g) => g.field))].filter((f) => f !== first.field);
        throw new UnknownFieldError(
          first.field,
          others.length === 0 ? first.reason : `${first.reason} (also unknown: ${others.join(', ')})`,
        );
      }
      const { stage, ...data } = result.stop;
      return ctx.fail(stage, { name: account.name, ...data });
    },
  });
}
