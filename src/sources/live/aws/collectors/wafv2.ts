/**
 * WAFv2 in one scope: `REGIONAL` web ACLs and rule groups in each region, `CLOUDFRONT` ones once per
 * account in us-east-1. Logging is read with one ListLoggingConfigurations per scope (not a
 * GetLoggingConfiguration per web ACL), and regional web ACLs' Application Load Balancers with one
 * ListResourcesForWebACL per web ACL (there are fewer web ACLs than load balancers, and they are listed
 * anyway), so ELB.16 costs a call per web ACL instead of one per load balancer.
 */
import {
  GetRuleGroupCommand,
  GetWebACLCommand,
  ListLoggingConfigurationsCommand,
  ListResourcesForWebACLCommand,
  ListRuleGroupsCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type LoggingConfiguration,
  type RuleGroupSummary,
  type WebACLSummary,
} from '@aws-sdk/client-wafv2';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** Which web ACL protects each Application Load Balancer, and why the answer may be incomplete. */
export interface WebAclIndex {
  byResource: Map<string, string>;
  /** Set when some association could not be read: a load balancer not in the map is then unknown. */
  gap?: string;
}

/** Every page of a WAF listing that pages with `NextMarker` (the SDK has no paginator for WAF). */
export async function allPages<T>(
  fetch: (marker: string | undefined) => Promise<{ items: T[] | undefined; next: string | undefined }>,
): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  for (let i = 0; i < 10_000; i++) {
    const page = await fetch(marker);
    out.push(...(page.items ?? []));
    if (page.next === undefined || page.next === '' || page.next === marker) break;
    marker = page.next;
  }
  return out;
}

const wafv2 = (s: RegionScope) => s.client('wafv2', (c) => new WAFV2Client(c));

/**
 * Web ACLs and rule groups of one scope; resolves to the asset types listed completely and, for the
 * regional scope, the Application Load Balancers' web ACLs.
 */
export async function collectWafv2(
  s: RegionScope,
  scope: 'REGIONAL' | 'CLOUDFRONT',
): Promise<{ covers: string[]; albs: WebAclIndex }> {
  const client = wafv2(s);
  const albs: WebAclIndex = { byResource: new Map() };
  const [acls, logging, groups] = await Promise.all([
    s.call('wafv2', 'ListWebACLs', () =>
      allPages<WebACLSummary>(async (NextMarker) => {
        const r = await client.send(new ListWebACLsCommand({ Scope: scope, Limit: 100, NextMarker }));
        return { items: r.WebACLs, next: r.NextMarker };
      }),
    ),
    s.call('wafv2', 'ListLoggingConfigurations', () =>
      allPages<LoggingConfiguration>(async (NextMarker) => {
        const r = await client.send(
          new ListLoggingConfigurationsCommand({ Scope: scope, Limit: 100, NextMarker }),
        );
        return { items: r.LoggingConfigurations, next: r.NextMarker };
      }),
    ),
    s.call('wafv2', 'ListRuleGroups', () =>
      allPages<RuleGroupSummary>(async (NextMarker) => {
        const r = await client.send(new ListRuleGroupsCommand({ Scope: scope, Limit: 100, NextMarker }));
        return { items: r.RuleGroups, next: r.NextMarker };
      }),
    ),
  ]);
  const covers: string[] = [];
  if (!acls.ok) albs.gap = acls.reason;
  else {
    const logged = logging.ok
      ? new Set(
          logging.value
            .filter((l) => (l.LogDestinationConfigs ?? []).length > 0)
            .map((l) => l.ResourceArn ?? ''),
        )
      : undefined;
    let complete = true;
    await Promise.all(
      acls.value.map(async (summary) => {
        const arn = summary.ARN ?? '';
        const [acl, resources] = await Promise.all([
          s.call('wafv2', 'GetWebACL', () =>
            client.send(new GetWebACLCommand({ Name: summary.Name, Id: summary.Id, Scope: scope })),
          ),
          scope === 'REGIONAL'
            ? s.call('wafv2', 'ListResourcesForWebACL', () =>
                client.send(
                  new ListResourcesForWebACLCommand({
                    WebACLArn: arn,
                    ResourceType: 'APPLICATION_LOAD_BALANCER',
                  }),
                ),
              )
            : undefined,
        ]);
        if (resources !== undefined) {
          if (resources.ok) for (const r of resources.value.ResourceArns ?? []) albs.byResource.set(r, arn);
          else albs.gap ??= resources.reason;
        }
        if (!acl.ok || acl.value.WebACL === undefined) {
          complete = false;
          return;
        }
        s.item(
          {
            resourceType: 'AWS::WAFv2::WebACL',
            resourceId: summary.Id ?? arn,
            resourceName: summary.Name ?? arn,
            arn,
            awsRegion: s.region,
            configuration: configRecord(acl.value.WebACL),
          },
          logging.ok ? {} : { loggingEnabled: logging.reason },
          (config) => {
            if (logged !== undefined) config.loggingEnabled = logged.has(arn);
          },
        );
      }),
    );
    if (complete) covers.push('aws.wafv2.web-acl');
  }
  if (groups.ok) {
    let complete = true;
    await Promise.all(
      groups.value.map(async (summary) => {
        const group = await s.call('wafv2', 'GetRuleGroup', () =>
          client.send(new GetRuleGroupCommand({ Name: summary.Name, Id: summary.Id, Scope: scope })),
        );
        if (!group.ok || group.value.RuleGroup === undefined) {
          complete = false;
          return;
        }
        const arn = summary.ARN ?? group.value.RuleGroup.ARN ?? '';
        s.item({
          resourceType: 'AWS::WAFv2::RuleGroup',
          resourceId: summary.Id ?? arn,
          resourceName: summary.Name ?? arn,
          arn,
          awsRegion: s.region,
          configuration: configRecord(group.value.RuleGroup),
        });
      }),
    );
    if (complete) covers.push('aws.wafv2.rule-group');
  }
  return { covers, albs };
}
