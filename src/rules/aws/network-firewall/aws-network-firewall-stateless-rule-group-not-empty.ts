import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-network-firewall-stateless-rule-group-not-empty',
  title: 'Network Firewall stateless rule groups have at least one rule',
  description:
    'An empty stateless rule group matches nothing: a policy that relies on it to drop or forward traffic ' +
    'applies only its default actions, and the group wastes capacity while looking like a control.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.network-firewall.rule-group'],
  messages: {
    empty: 'Network Firewall stateless rule group {{name}} has no rules',
  },
  remediation: {
    text: 'Add stateless rules to the rule group, or delete the group and its references.',
    cli: 'aws network-firewall update-rule-group --rule-group-arn <rule-group-arn> --update-token <token> --rule-group file://rules.json',
    terraform:
      'resource "aws_networkfirewall_rule_group" "this" {\n  type = "STATELESS"\n  # ...\n  rule_group {\n    rules_source {\n      stateless_rules_and_custom_actions {\n        stateless_rule {\n          # ...\n        }\n      }\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/network-firewall/latest/developerguide/stateless-rule-groups-5-tuple.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-6',
  ],
  check(group, ctx) {
    const type = need(group.config, 'ruleGroupType');
    if (type !== 'STATELESS') return ctx.notApplicable(`a ${type.toLowerCase()} rule group`);
    const count = need(group.config, 'statelessRuleCount');
    if (count === null)
      return ctx.unknown('statelessRuleCount', 'the stateless rule group has no rule count');
    if (count > 0) return ctx.pass({ rules: count });
    return ctx.fail('empty', { name: group.name });
  },
});
