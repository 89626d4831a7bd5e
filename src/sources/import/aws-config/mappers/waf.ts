/**
 * AWS WAF: AWS::WAFv2::WebACL and ::RuleGroup (camelCase from GetWebACL / GetRuleGroup: `rules[]` with
 * `visibilityConfig`), and the legacy WAF Classic types AWS::WAF::* (global) and AWS::WAFRegional::*
 * (web ACLs with `rulesList`, rules with `predicateList`, rule groups with `rules`). AWS Config records
 * no logging configuration for either, so logging is unknown on import, naming the live call.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `[{name, visibilityConfig: {cloudWatchMetricsEnabled}}]` → the asset's rule list. */
function wafv2Rules(c: SectionReader): unknown {
  return c.list('rules', (items) =>
    items.map((r) => ({
      name: asString(prop(r, 'name')) ?? '',
      cloudWatchMetricsEnabled: asBool(prop(prop(r, 'visibilityConfig'), 'cloudWatchMetricsEnabled')) ?? null,
    })),
  );
}

/** `REGIONAL` or `CLOUDFRONT`, from the ARN (`…:regional/webacl/…` or `…:global/webacl/…`). */
function wafv2Scope(uid: string): unknown {
  const m = /^arn:[^:]+:wafv2:[^:]*:[^:]*:(regional|global)\//.exec(uid);
  if (m === null) return unknown(`the ARN ${uid} names no WAFv2 scope (regional or global)`);
  return m[1] === 'global' ? 'CLOUDFRONT' : 'REGIONAL';
}

function wafv2Uid(item: ConfigItem, c: SectionReader, kind: string): string {
  const uid =
    item.arn ??
    asString(c.get('arn')) ??
    asString(c.get('aRN')) ??
    (item.resourceId.startsWith('arn:') ? item.resourceId : undefined);
  if (uid === undefined) throw new Error(`the record has no ${kind} ARN`);
  return uid;
}

/** Why a WAFv2 web ACL's logging is unknown on import. */
export const WAFV2_LOGGING_NOT_RECORDED =
  'AWS Config does not record WAFv2 logging configurations; the live scan reads them with wafv2:ListLoggingConfigurations';

export function mapWafv2WebAcl(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = wafv2Uid(item, c, 'web ACL');
  // Firewall Manager rule groups appear only on web ACLs Firewall Manager manages.
  const fms = (path: string) => {
    const v = c.get(path);
    return v === undefined || v === null ? 0 : Array.isArray(v) ? v.length : Number.NaN;
  };
  const fmsCount = fms('preProcessFirewallManagerRuleGroups') + fms('postProcessFirewallManagerRuleGroups');
  const config = {
    scope: wafv2Scope(uid),
    rules: wafv2Rules(c),
    firewallManagerRuleGroupCount: Number.isNaN(fmsCount)
      ? unknown('the recorded Firewall Manager rule groups are not lists')
      : fmsCount,
    loggingEnabled: unknown(WAFV2_LOGGING_NOT_RECORDED),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  const name = asString(c.get('name'));
  if (item.resourceName === undefined && name !== undefined) base.name = name;
  return [{ type: 'aws.wafv2.web-acl', candidate: base }];
}

export function mapWafv2RuleGroup(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = wafv2Uid(item, c, 'rule group');
  const config = {
    scope: wafv2Scope(uid),
    cloudWatchMetricsEnabled: c.required('visibilityConfig.cloudWatchMetricsEnabled', asBool),
    rules: wafv2Rules(c),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  const name = asString(c.get('name'));
  if (item.resourceName === undefined && name !== undefined) base.name = name;
  return [{ type: 'aws.wafv2.rule-group', candidate: base }];
}

/** Why a WAF Classic web ACL's logging is unknown on import. */
export const WAF_CLASSIC_LOGGING_NOT_RECORDED = (service: string) =>
  `AWS Config does not record WAF Classic logging configurations; the live scan reads them with ${service}:ListLoggingConfigurations`;

interface ClassicKind {
  service: 'waf' | 'waf-regional';
  prefix: 'aws.waf' | 'aws.waf-regional';
}
const GLOBAL: ClassicKind = { service: 'waf', prefix: 'aws.waf' };
const REGIONAL: ClassicKind = { service: 'waf-regional', prefix: 'aws.waf-regional' };

function classicUid(item: ConfigItem, kind: ClassicKind, resource: string): string {
  if (item.arn !== undefined) return item.arn;
  if (item.resourceId.startsWith('arn:')) return item.resourceId;
  const region = kind.service === 'waf' ? '' : item.region;
  return `arn:${partitionOfItem(item)}:${kind.service}:${region}:${item.accountId}:${resource}/${item.resourceId}`;
}

/** The length of the first of `paths` the record carries (null counts as empty). */
function countOf(c: SectionReader, paths: string[]): unknown {
  for (const p of paths) if (c.has(p)) return c.list(p, (items) => items.length);
  return c.missing(paths[0]!);
}

function classicName(item: ConfigItem, c: SectionReader, base: { name: string }): void {
  const name = asString(c.get('name'));
  if (item.resourceName === undefined && name !== undefined) base.name = name;
}

const classicWebAcl =
  (kind: ClassicKind) =>
  (item: ConfigItem, source: SourceRef): MappedCandidate[] => {
    const c = new SectionReader(item.configuration);
    const uid = classicUid(item, kind, 'webacl');
    const config = {
      // Config's own spelling is `rulesList`; GetWebACL's is `Rules`.
      ruleCount: countOf(c, ['rulesList', 'rules']),
      loggingEnabled: unknown(WAF_CLASSIC_LOGGING_NOT_RECORDED(kind.service)),
    };
    const base = candidateFromItem(item, source, uid, config, []);
    classicName(item, c, base);
    return [{ type: `${kind.prefix}.web-acl`, candidate: base }];
  };

const classicRule =
  (kind: ClassicKind) =>
  (item: ConfigItem, source: SourceRef): MappedCandidate[] => {
    const c = new SectionReader(item.configuration);
    const uid = classicUid(item, kind, 'rule');
    const config = { conditionCount: countOf(c, ['predicateList', 'predicates']) };
    const base = candidateFromItem(item, source, uid, config, []);
    classicName(item, c, base);
    return [{ type: `${kind.prefix}.rule`, candidate: base }];
  };

const classicRuleGroup =
  (kind: ClassicKind) =>
  (item: ConfigItem, source: SourceRef): MappedCandidate[] => {
    const c = new SectionReader(item.configuration);
    const uid = classicUid(item, kind, 'rulegroup');
    const config = { ruleCount: countOf(c, ['rules', 'activatedRules']) };
    const base = candidateFromItem(item, source, uid, config, []);
    classicName(item, c, base);
    return [{ type: `${kind.prefix}.rule-group`, candidate: base }];
  };

export const wafMappers: Record<string, ConfigItemMapper> = {
  'AWS::WAFv2::WebACL': mapWafv2WebAcl,
  'AWS::WAFv2::RuleGroup': mapWafv2RuleGroup,
  'AWS::WAF::WebACL': classicWebAcl(GLOBAL),
  'AWS::WAF::Rule': classicRule(GLOBAL),
  'AWS::WAF::RuleGroup': classicRuleGroup(GLOBAL),
  'AWS::WAFRegional::WebACL': classicWebAcl(REGIONAL),
  'AWS::WAFRegional::Rule': classicRule(REGIONAL),
  'AWS::WAFRegional::RuleGroup': classicRuleGroup(REGIONAL),
};
