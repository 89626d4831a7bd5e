/** Application Gateway WAF policies have bot protection. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-waf-policy-bot-protection',
  title: 'Application Gateway WAF policies have bot protection',
  description:
    'The Microsoft_BotManagerRuleSet managed rule set blocks traffic from known malicious bots and scanners.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.waf-policy'],
  messages: {
    off: 'WAF policy {{name}} has no bot protection rule set',
  },
  remediation: {
    text: 'Add the Microsoft_BotManagerRuleSet managed rule set to the policy.',
    cli: 'az network application-gateway waf-policy managed-rule rule-set add --policy-name <policy> --resource-group <rg> --type Microsoft_BotManagerRuleSet --version 1.0',
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/bot-protection'],
  check(a, ctx) {
    return need(a.config, 'managedRuleSets').some((s) => /^microsoft_botmanagerruleset/i.test(s))
      ? ctx.pass()
      : ctx.fail('off', { name: a.name });
  },
});
