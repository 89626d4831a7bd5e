import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-network-firewall-policy-has-rule-group',
  title: 'Network Firewall policies have at least one rule group',
  description:
    'A firewall policy with no stateless or stateful rule groups inspects nothing: traffic through the ' +
    'firewall only meets the default actions, so the firewall filters nothing it was deployed to filter.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.network-firewall.firewall-policy'],
  messages: {
    empty: 'Network Firewall policy {{name}} references no stateless or stateful rule group',
  },
  remediation: {
    text: 'Add at least one stateless or stateful rule group to the firewall policy.',
    cli: 'aws network-firewall update-firewall-policy --firewall-policy-arn <policy-arn> --update-token <token> --firewall-policy file://policy.json',
    terraform:
      'resource "aws_networkfirewall_firewall_policy" "this" {\n  # ...\n  firewall_policy {\n    stateful_rule_group_reference {\n      resource_arn = aws_networkfirewall_rule_group.this.arn\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-3',
  ],
  check(policy, ctx) {
    const count = need(policy.config, 'ruleGroupCount');
    if (count > 0) return ctx.pass({ ruleGroups: count });
    return ctx.fail('empty', { name: policy.name });
  },
});
