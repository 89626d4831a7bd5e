/**
 * AWS Network Firewall: AWS::NetworkFirewall::Firewall (`configuration.firewall`, as DescribeFirewall
 * returns it), ::FirewallPolicy (`configuration.firewallPolicy` and `firewallPolicyResponse`) and
 * ::RuleGroup (`configuration.ruleGroup` and `ruleGroupResponse`). AWS Config does not record a
 * firewall's logging configuration, so it is unknown on import, naming the live call.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import type { ConfigItem } from '../item.js';
import { asBool, asString, asStrings, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** Why a firewall's logging is unknown on import. */
export const NETWORK_FIREWALL_LOGGING_NOT_RECORDED =
  'AWS Config does not record Network Firewall logging configurations; the live scan reads them with ' +
  'network-firewall:DescribeLoggingConfiguration';

function uidOf(item: ConfigItem, c: SectionReader, path: string, kind: string): string {
  const uid =
    item.arn ?? asString(c.get(path)) ?? (item.resourceId.startsWith('arn:') ? item.resourceId : undefined);
  if (uid === undefined) throw new Error(`the record has no ${kind} ARN`);
  return uid;
}

function named(item: ConfigItem, base: { name: string }, name: unknown): void {
  if (item.resourceName === undefined && typeof name === 'string') base.name = name;
}

export function mapFirewall(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = uidOf(item, c, 'firewall.firewallArn', 'firewall');
  const config = {
    vpcId: c.required('firewall.vpcId', asString),
    firewallPolicyArn: c.required('firewall.firewallPolicyArn', asString),
    deletionProtection: c.required('firewall.deleteProtection', asBool),
    logTypes: unknown(NETWORK_FIREWALL_LOGGING_NOT_RECORDED),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  named(item, base, c.get('firewall.firewallName'));
  return [{ type: 'aws.network-firewall.firewall', candidate: base }];
}

export function mapFirewallPolicy(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = uidOf(item, c, 'firewallPolicyResponse.firewallPolicyArn', 'firewall policy');
  const policy = c.get('firewallPolicy');
  // The API leaves out the rule group references a policy does not have.
  const refs = (path: string) => {
    const v = c.get(path);
    return v === undefined || v === null ? 0 : Array.isArray(v) ? v.length : Number.NaN;
  };
  const count =
    refs('firewallPolicy.statelessRuleGroupReferences') + refs('firewallPolicy.statefulRuleGroupReferences');
  const config = {
    ruleGroupCount:
      policy === undefined || policy === null
        ? c.missing('firewallPolicy')
        : Number.isNaN(count)
          ? unknown('the recorded rule group references are not lists')
          : count,
    statelessDefaultActions: c.required('firewallPolicy.statelessDefaultActions', asStrings),
    statelessFragmentDefaultActions: c.required('firewallPolicy.statelessFragmentDefaultActions', asStrings),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  named(item, base, c.get('firewallPolicyResponse.firewallPolicyName'));
  return [{ type: 'aws.network-firewall.firewall-policy', candidate: base }];
}

export function mapNetworkFirewallRuleGroup(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = uidOf(item, c, 'ruleGroupResponse.ruleGroupArn', 'rule group');
  const type = c.required('ruleGroupResponse.type', asString);
  let statelessRuleCount: unknown;
  if (typeof type !== 'string') statelessRuleCount = unknown('the rule group type is unknown');
  else if (type.toUpperCase() !== 'STATELESS') statelessRuleCount = null;
  else if (!c.has('ruleGroup.rulesSource')) statelessRuleCount = c.missing('ruleGroup.rulesSource');
  else {
    // A stateless group with no rules has no StatelessRulesAndCustomActions rules to list.
    const rules = c.get('ruleGroup.rulesSource.statelessRulesAndCustomActions.statelessRules');
    statelessRuleCount =
      rules === undefined || rules === null
        ? 0
        : Array.isArray(rules)
          ? rules.length
          : unknown('the recorded stateless rules are not a list');
  }
  const config = {
    ruleGroupType: typeof type === 'string' ? type.toUpperCase() : type,
    statelessRuleCount,
  };
  const base = candidateFromItem(item, source, uid, config, []);
  named(item, base, c.get('ruleGroupResponse.ruleGroupName'));
  return [{ type: 'aws.network-firewall.rule-group', candidate: base }];
}

export const networkFirewallMappers: Record<string, ConfigItemMapper> = {
  'AWS::NetworkFirewall::Firewall': mapFirewall,
  'AWS::NetworkFirewall::FirewallPolicy': mapFirewallPolicy,
  'AWS::NetworkFirewall::RuleGroup': mapNetworkFirewallRuleGroup,
};
