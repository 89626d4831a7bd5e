import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-waf-web-acl-not-empty',
  title: 'WAF Classic global web ACLs have at least one rule or rule group',
  description:
    'A WAF Classic web ACL with no rules or rule groups applies only its default action (usually ' +
    'Allow) to every request, so the resources behind it are as exposed as without a firewall.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.waf.web-acl'],
  messages: {
    empty:
      'WAF Classic global web ACL {{name}} has no rules or rule groups, so every request gets its default action',
  },
  remediation: {
    text: 'Add rules or rule groups to the web ACL. WAF Classic has reached end of support: migrate to AWS WAF (v2).',
    cli: 'aws waf update-web-acl --web-acl-id <web-acl-id> --change-token <token> --updates file://rules.json',
    terraform:
      'resource "aws_waf_web_acl" "this" {\n  # ...\n  rule {\n    action {\n      type = "BLOCK"\n    }\n    priority = 1\n    rule_id  = aws_waf_rule.this.id\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-8',
  ],
  check(acl, ctx) {
    if (need(acl.config, 'ruleCount') > 0) return ctx.pass();
    return ctx.fail('empty', { name: acl.name });
  },
});
