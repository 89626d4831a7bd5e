/**
 * WAF Classic (legacy): global web ACLs, rules and rule groups (`waf`, once per account) and regional
 * ones (`waf-regional`, per region), as AWS Config records them, plus what AWS Config does not record:
 * web ACL logging, and (regional) the Application Load Balancers each web ACL protects.
 */
import * as waf from '@aws-sdk/client-waf';
import * as wafRegional from '@aws-sdk/client-waf-regional';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';
import { allPages, type WebAclIndex } from './wafv2.js';

type Service = 'waf' | 'waf-regional';
interface Summary {
  id: string;
  name: string | undefined;
}

/** The Classic API both clients share (their commands have the same shapes). */
interface ClassicApi {
  listWebAcls(marker?: string): Promise<{ items: Summary[]; next: string | undefined }>;
  getWebAcl(id: string): Promise<object | undefined>;
  listLogging(marker?: string): Promise<{ items: waf.LoggingConfiguration[]; next: string | undefined }>;
  listRules(marker?: string): Promise<{ items: Summary[]; next: string | undefined }>;
  getRule(id: string): Promise<object | undefined>;
  listRuleGroups(marker?: string): Promise<{ items: Summary[]; next: string | undefined }>;
  activatedRules(id: string, marker?: string): Promise<{ items: unknown[]; next: string | undefined }>;
  albs?(webAclId: string): Promise<string[]>;
}

function globalApi(s: RegionScope): ClassicApi {
  const c = s.client('waf', (cfg) => new waf.WAFClient(cfg));
  return {
    listWebAcls: async (NextMarker) => {
      const r = await c.send(new waf.ListWebACLsCommand({ NextMarker, Limit: 100 }));
      return {
        items: (r.WebACLs ?? []).map((x) => ({ id: x.WebACLId ?? '', name: x.Name })),
        next: r.NextMarker,
      };
    },
    getWebAcl: async (WebACLId) => (await c.send(new waf.GetWebACLCommand({ WebACLId }))).WebACL,
    listLogging: async (NextMarker) => {
      const r = await c.send(new waf.ListLoggingConfigurationsCommand({ NextMarker, Limit: 100 }));
      return { items: r.LoggingConfigurations ?? [], next: r.NextMarker };
    },
    listRules: async (NextMarker) => {
      const r = await c.send(new waf.ListRulesCommand({ NextMarker, Limit: 100 }));
      return {
        items: (r.Rules ?? []).map((x) => ({ id: x.RuleId ?? '', name: x.Name })),
        next: r.NextMarker,
      };
    },
    getRule: async (RuleId) => (await c.send(new waf.GetRuleCommand({ RuleId }))).Rule,
    listRuleGroups: async (NextMarker) => {
      const r = await c.send(new waf.ListRuleGroupsCommand({ NextMarker, Limit: 100 }));
      return {
        items: (r.RuleGroups ?? []).map((x) => ({ id: x.RuleGroupId ?? '', name: x.Name })),
        next: r.NextMarker,
      };
    },
    activatedRules: async (RuleGroupId, NextMarker) => {
      const r = await c.send(
        new waf.ListActivatedRulesInRuleGroupCommand({ RuleGroupId, NextMarker, Limit: 100 }),
      );
      return { items: r.ActivatedRules ?? [], next: r.NextMarker };
    },
  };
}

function regionalApi(s: RegionScope): ClassicApi {
  const c = s.client('waf-regional', (cfg) => new wafRegional.WAFRegionalClient(cfg));
  return {
    listWebAcls: async (NextMarker) => {
      const r = await c.send(new wafRegional.ListWebACLsCommand({ NextMarker, Limit: 100 }));
      return {
        items: (r.WebACLs ?? []).map((x) => ({ id: x.WebACLId ?? '', name: x.Name })),
        next: r.NextMarker,
      };
    },
    getWebAcl: async (WebACLId) => (await c.send(new wafRegional.GetWebACLCommand({ WebACLId }))).WebACL,
    listLogging: async (NextMarker) => {
      const r = await c.send(new wafRegional.ListLoggingConfigurationsCommand({ NextMarker, Limit: 100 }));
      return { items: r.LoggingConfigurations ?? [], next: r.NextMarker };
    },
    listRules: async (NextMarker) => {
      const r = await c.send(new wafRegional.ListRulesCommand({ NextMarker, Limit: 100 }));
      return {
        items: (r.Rules ?? []).map((x) => ({ id: x.RuleId ?? '', name: x.Name })),
        next: r.NextMarker,
      };
    },
    getRule: async (RuleId) => (await c.send(new wafRegional.GetRuleCommand({ RuleId }))).Rule,
    listRuleGroups: async (NextMarker) => {
      const r = await c.send(new wafRegional.ListRuleGroupsCommand({ NextMarker, Limit: 100 }));
      return {
        items: (r.RuleGroups ?? []).map((x) => ({ id: x.RuleGroupId ?? '', name: x.Name })),
        next: r.NextMarker,
      };
    },
    activatedRules: async (RuleGroupId, NextMarker) => {
      const r = await c.send(
        new wafRegional.ListActivatedRulesInRuleGroupCommand({ RuleGroupId, NextMarker, Limit: 100 }),
      );
      return { items: r.ActivatedRules ?? [], next: r.NextMarker };
    },
    albs: async (WebACLId) =>
      (
        await c.send(
          new wafRegional.ListResourcesForWebACLCommand({
            WebACLId,
            ResourceType: 'APPLICATION_LOAD_BALANCER',
          }),
        )
      ).ResourceArns ?? [],
  };
}

/** Global WAF Classic, once per account (in the partition's home region). */
export function collectWafClassicGlobal(s: RegionScope): Promise<{ covers: string[]; albs: WebAclIndex }> {
  return collectClassic(s, 'waf', globalApi(s));
}

/** Regional WAF Classic in one region, with the Application Load Balancers each web ACL protects. */
export function collectWafClassicRegional(s: RegionScope): Promise<{ covers: string[]; albs: WebAclIndex }> {
  return collectClassic(s, 'waf-regional', regionalApi(s));
}

async function collectClassic(
  s: RegionScope,
  service: Service,
  api: ClassicApi,
): Promise<{ covers: string[]; albs: WebAclIndex }> {
  const regional = service === 'waf-regional';
  const prefix = regional ? 'AWS::WAFRegional' : 'AWS::WAF';
  const assetPrefix = regional ? 'aws.waf-regional' : 'aws.waf';
  const arnOf = (resource: string, id: string) =>
    `arn:${s.partition}:${service}:${regional ? s.region : ''}:${s.account}:${resource}/${id}`;
  const albs: WebAclIndex = { byResource: new Map() };
  const [acls, logging, rules, groups] = await Promise.all([
    s.call(service, 'ListWebACLs', () => allPages((m) => api.listWebAcls(m))),
    s.call(service, 'ListLoggingConfigurations', () => allPages((m) => api.listLogging(m))),
    s.call(service, 'ListRules', () => allPages((m) => api.listRules(m))),
    s.call(service, 'ListRuleGroups', () => allPages((m) => api.listRuleGroups(m))),
  ]);
  const covers: string[] = [];
  const item = (
    type: string,
    summary: Summary,
    resource: string,
    configuration: Record<string, unknown>,
    gaps: Record<string, string> = {},
    patch?: (c: Record<string, unknown>) => void,
  ) =>
    s.item(
      {
        resourceType: `${prefix}::${type}`,
        resourceId: summary.id,
        resourceName: summary.name ?? summary.id,
        arn: arnOf(resource, summary.id),
        awsRegion: s.region,
        configuration,
      },
      gaps,
      patch,
    );
  const work: Promise<void>[] = [];
  if (!acls.ok) albs.gap = acls.reason;
  else {
    const logged = logging.ok
      ? new Set(
          logging.value
            .filter((l) => (l.LogDestinationConfigs ?? []).length > 0)
            .map((l) => l.ResourceArn ?? ''),
        )
      : undefined;
    work.push(
      Promise.all(
        acls.value.map(async (summary) => {
          const [acl, protectedAlbs] = await Promise.all([
            s.call(service, 'GetWebACL', () => api.getWebAcl(summary.id)),
            api.albs === undefined
              ? undefined
              : s.call(service, 'ListResourcesForWebACL', () => api.albs!(summary.id)),
          ]);
          const arn = arnOf('webacl', summary.id);
          if (protectedAlbs !== undefined) {
            if (protectedAlbs.ok) for (const r of protectedAlbs.value) albs.byResource.set(r, arn);
            else albs.gap ??= protectedAlbs.reason;
          }
          if (!acl.ok || acl.value === undefined) return false;
          // AWS Config spells the web ACL's rules `rulesList`.
          const { rules: list, ...rest } = configRecord(acl.value);
          item(
            'WebACL',
            summary,
            'webacl',
            { ...rest, rulesList: list ?? [] },
            logging.ok ? {} : { loggingEnabled: logging.reason },
            (c) => {
              if (logged !== undefined) c.loggingEnabled = logged.has(arn);
            },
          );
          return true;
        }),
      ).then((done) => {
        if (done.every(Boolean)) covers.push(`${assetPrefix}.web-acl`);
      }),
    );
  }
  if (rules.ok)
    work.push(
      Promise.all(
        rules.value.map(async (summary) => {
          const rule = await s.call(service, 'GetRule', () => api.getRule(summary.id));
          if (!rule.ok || rule.value === undefined) return false;
          // AWS Config spells the rule's conditions `predicateList`.
          const { predicates, ...rest } = configRecord(rule.value);
          item('Rule', summary, 'rule', { ...rest, predicateList: predicates ?? [] });
          return true;
        }),
      ).then((done) => {
        if (done.every(Boolean)) covers.push(`${assetPrefix}.rule`);
      }),
    );
  if (groups.ok)
    work.push(
      Promise.all(
        groups.value.map(async (summary) => {
          const activated = await s.call(service, 'ListActivatedRulesInRuleGroup', () =>
            allPages((m) => api.activatedRules(summary.id, m)),
          );
          if (!activated.ok) return false;
          item('RuleGroup', summary, 'rulegroup', {
            ruleGroupId: summary.id,
            name: summary.name,
            rules: configRecord({ a: activated.value }).a,
          });
          return true;
        }),
      ).then((done) => {
        if (done.every(Boolean)) covers.push(`${assetPrefix}.rule-group`);
      }),
    );
  await Promise.all(work);
  return { covers: covers.sort(), albs };
}
