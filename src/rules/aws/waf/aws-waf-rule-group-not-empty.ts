import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-waf-rule-group-not-empty',
  title: 'WAF Classic global rule groups have at least one rule',
  description:
    'An empty WAF Classic rule group inspects nothing: a web ACL that relies on it lets the traffic it ' +
    'was meant to stop through, while looking protected.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.waf.rule-group'],
  messages: {
    empty: 'WAF Classic global rule group {{name}} has no rules',
  },
  remediation: {
    text: 'Add rules to the rule group, or remove it from its web ACLs and delete it. WAF Classic has reached end of support: migrate to AWS WAF (v2).',
    cli: 'aws waf update-rule-group --rule-group-id <rule-group-id> --change-token <token> --updates file://rules.json',
    terraform:
      'resource "aws_waf_rule_group" "this" {\n  # ...\n  activated_rule {\n    action {\n      type = "BLOCK"\n    }\n    priority = 1\n    rule_id  = aws_waf_rule.this.id\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-7',
  ],
  check(group, ctx) {
    if (need(group.config, 'ruleCount') > 0) return ctx.pass();
    return ctx.fail('empty', { name: group.name });
  },
});
