import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-wafv2-web-acl-not-empty',
  title: 'WAFv2 web ACLs have at least one rule or rule group',
  description:
    'A web ACL with no rules inspects nothing: every request gets the default action, usually Allow, so ' +
    'the application behind it is as exposed as without a firewall while looking protected.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.wafv2.web-acl'],
  messages: {
    empty: 'WAFv2 web ACL {{name}} has no rules or rule groups, so every request gets its default action',
  },
  remediation: {
    text: 'Add rules or rule groups (for example the AWS managed Core rule set) to the web ACL.',
    cli: 'aws wafv2 update-web-acl --name <name> --scope REGIONAL --id <id> --lock-token <token> --default-action Allow={} --rules file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=<name>',
    terraform:
      'resource "aws_wafv2_web_acl" "this" {\n  # ...\n  rule {\n    name     = "common"\n    priority = 1\n    override_action {\n      none {}\n    }\n    statement {\n      managed_rule_group_statement {\n        vendor_name = "AWS"\n        name        = "AWSManagedRulesCommonRuleSet"\n      }\n    }\n    # visibility_config { ... }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-editing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-10',
  ],
  check(acl, ctx) {
    const rules = need(acl.config, 'rules');
    const managed = need(acl.config, 'firewallManagerRuleGroupCount');
    if (rules.length + managed > 0)
      return ctx.pass({ rules: rules.length, firewallManagerRuleGroups: managed });
    return ctx.fail('empty', { name: acl.name });
  },
});
