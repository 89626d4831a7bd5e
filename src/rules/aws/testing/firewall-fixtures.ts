/** Secure baseline configs for the WAF (v2 and Classic) and Network Firewall rule tests. */
import type { ConfigOf } from '../../../inventory/types.js';

export const secureWebAcl: ConfigOf<'aws.wafv2.web-acl'> = {
  scope: 'REGIONAL',
  rules: [{ name: 'AWS-AWSManagedRulesCommonRuleSet', cloudWatchMetricsEnabled: true }],
  firewallManagerRuleGroupCount: 0,
  loggingEnabled: true,
};

export const secureWafv2RuleGroup: ConfigOf<'aws.wafv2.rule-group'> = {
  scope: 'REGIONAL',
  cloudWatchMetricsEnabled: true,
  rules: [{ name: 'block-bad-bots', cloudWatchMetricsEnabled: true }],
};

export const secureClassicWebAcl: ConfigOf<'aws.waf.web-acl'> = { ruleCount: 2, loggingEnabled: true };
export const secureClassicRule: ConfigOf<'aws.waf.rule'> = { conditionCount: 1 };
export const secureClassicRuleGroup: ConfigOf<'aws.waf.rule-group'> = { ruleCount: 1 };

export const secureFirewall: ConfigOf<'aws.network-firewall.firewall'> = {
  vpcId: 'vpc-0123456789abcdef0',
  firewallPolicyArn: 'arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/egress',
  deletionProtection: true,
  logTypes: ['ALERT', 'FLOW'],
};

export const secureFirewallPolicy: ConfigOf<'aws.network-firewall.firewall-policy'> = {
  ruleGroupCount: 2,
  statelessDefaultActions: ['aws:forward_to_sfe'],
  statelessFragmentDefaultActions: ['aws:drop'],
};

export const secureStatelessRuleGroup: ConfigOf<'aws.network-firewall.rule-group'> = {
  ruleGroupType: 'STATELESS',
  statelessRuleCount: 3,
};
