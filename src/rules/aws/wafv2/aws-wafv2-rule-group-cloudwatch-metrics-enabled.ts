import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-wafv2-rule-group-cloudwatch-metrics-enabled',
  title: 'WAFv2 rule groups and their rules send CloudWatch metrics',
  description:
    'CloudWatch metrics count the requests each rule and rule group allows, blocks or counts. Without them ' +
    'a surge of SQL injection or bot traffic goes unseen and no alarm can fire on it.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.wafv2.rule-group'],
  messages: {
    off: 'WAFv2 rule group {{name}} does not send CloudWatch metrics for {{what}}',
  },
  remediation: {
    text: 'Set CloudWatchMetricsEnabled to true in the visibility configuration of the rule group and of each of its rules.',
    cli: 'aws wafv2 update-rule-group --name <name> --scope REGIONAL --id <id> --lock-token <token> --rules file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=<name>',
    terraform:
      'resource "aws_wafv2_rule_group" "this" {\n  # ...\n  visibility_config {\n    cloudwatch_metrics_enabled = true\n    metric_name                = "rule-group"\n    sampled_requests_enabled   = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-12',
  ],
  check(group, ctx) {
    const rules = need(group.config, 'rules');
    // AWS's own check is not applicable to a rule group without rules.
    if (rules.length === 0) return ctx.notApplicable('the rule group has no rules');
    const groupOn = need(group.config, 'cloudWatchMetricsEnabled');
    if (rules.some((r) => r.cloudWatchMetricsEnabled === null))
      ctx.unknown('rules', 'the record has no visibility configuration for some rules');
    const off = rules.filter((r) => r.cloudWatchMetricsEnabled === false).map((r) => r.name);
    if (groupOn && off.length === 0) return ctx.pass();
    const what = [
      ...(groupOn ? [] : ['the group']),
      ...(off.length > 0 ? [`rule(s) ${off.join(', ')}`] : []),
    ];
    return ctx.fail('off', { name: group.name, what: what.join(' and ') }, { rulesWithoutMetrics: off });
  },
});
