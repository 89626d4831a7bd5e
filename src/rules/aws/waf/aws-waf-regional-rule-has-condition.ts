import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-waf-regional-rule-has-condition',
  title: 'WAF Classic regional rules have at least one condition',
  description:
    'A WAF Classic rule with no conditions matches no request, so the action it carries never applies ' +
    'and the web ACL that includes it filters less than it appears to.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.waf-regional.rule'],
  messages: {
    empty: 'WAF Classic regional rule {{name}} has no conditions, so it matches nothing',
  },
  remediation: {
    text: 'Add conditions (IP match, string match, SQL injection match...) to the rule, or delete it. WAF Classic has reached end of support: migrate to AWS WAF (v2).',
    cli: 'aws waf-regional update-rule --rule-id <rule-id> --change-token <token> --updates file://predicates.json',
    terraform:
      'resource "aws_wafregional_rule" "this" {\n  # ...\n  predicate {\n    data_id = aws_wafregional_ipset.this.id\n    negated = false\n    type    = "IPMatch"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-2',
  ],
  check(wafRule, ctx) {
    if (need(wafRule.config, 'conditionCount') > 0) return ctx.pass();
    return ctx.fail('empty', { name: wafRule.name });
  },
});
