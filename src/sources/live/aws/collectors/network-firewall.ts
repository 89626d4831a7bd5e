/**
 * AWS Network Firewall in one region: firewalls (with their logging configuration, which AWS Config
 * does not record), firewall policies and rule groups, as AWS Config records them.
 */
import {
  DescribeFirewallCommand,
  DescribeFirewallPolicyCommand,
  DescribeLoggingConfigurationCommand,
  DescribeRuleGroupCommand,
  NetworkFirewallClient,
  paginateListFirewallPolicies,
  paginateListFirewalls,
  paginateListRuleGroups,
  type FirewallMetadata,
  type FirewallPolicyMetadata,
  type RuleGroupMetadata,
} from '@aws-sdk/client-network-firewall';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectNetworkFirewall(s: RegionScope): Promise<string[]> {
  const client = s.client('network-firewall', (c) => new NetworkFirewallClient(c));
  const [firewalls, policies, groups] = await Promise.all([
    s.call('network-firewall', 'ListFirewalls', async () => {
      const out: FirewallMetadata[] = [];
      for await (const page of paginateListFirewalls({ client }, {})) out.push(...(page.Firewalls ?? []));
      return out;
    }),
    s.call('network-firewall', 'ListFirewallPolicies', async () => {
      const out: FirewallPolicyMetadata[] = [];
      for await (const page of paginateListFirewallPolicies({ client }, {}))
        out.push(...(page.FirewallPolicies ?? []));
      return out;
    }),
    s.call('network-firewall', 'ListRuleGroups', async () => {
      const out: RuleGroupMetadata[] = [];
      for await (const page of paginateListRuleGroups({ client }, { Scope: 'ACCOUNT' }))
        out.push(...(page.RuleGroups ?? []));
      return out;
    }),
  ]);
  const covers: string[] = [];
  const each = async <T>(list: T[], read: (x: T) => Promise<boolean>, type: string) => {
    const done = await Promise.all(list.map(read));
    if (done.every(Boolean)) covers.push(type);
  };
  const work: Promise<void>[] = [];
  if (firewalls.ok)
    work.push(
      each(
        firewalls.value,
        async (f) => {
          const FirewallArn = f.FirewallArn ?? '';
          const [fw, logging] = await Promise.all([
            s.call('network-firewall', 'DescribeFirewall', () =>
              client.send(new DescribeFirewallCommand({ FirewallArn })),
            ),
            s.call('network-firewall', 'DescribeLoggingConfiguration', () =>
              client.send(new DescribeLoggingConfigurationCommand({ FirewallArn })),
            ),
          ]);
          if (!fw.ok || fw.value.Firewall === undefined) return false;
          s.item(
            {
              resourceType: 'AWS::NetworkFirewall::Firewall',
              resourceId: fw.value.Firewall.FirewallId ?? FirewallArn,
              resourceName: f.FirewallName ?? FirewallArn,
              arn: FirewallArn,
              awsRegion: s.region,
              tags: tagMap(fw.value.Firewall.Tags),
              configuration: configRecord({ Firewall: fw.value.Firewall }),
            },
            logging.ok ? {} : { logTypes: logging.reason },
            (config) => {
              if (!logging.ok) return;
              const types = (logging.value.LoggingConfiguration?.LogDestinationConfigs ?? [])
                .map((d) => d.LogType ?? '')
                .filter((t) => t !== '');
              config.logTypes = [...new Set(types)].sort();
            },
          );
          return true;
        },
        'aws.network-firewall.firewall',
      ),
    );
  if (policies.ok)
    work.push(
      each(
        policies.value,
        async (p) => {
          const FirewallPolicyArn = p.Arn ?? '';
          const r = await s.call('network-firewall', 'DescribeFirewallPolicy', () =>
            client.send(new DescribeFirewallPolicyCommand({ FirewallPolicyArn })),
          );
          if (!r.ok) return false;
          s.item({
            resourceType: 'AWS::NetworkFirewall::FirewallPolicy',
            resourceId: r.value.FirewallPolicyResponse?.FirewallPolicyId ?? FirewallPolicyArn,
            resourceName: p.Name ?? FirewallPolicyArn,
            arn: FirewallPolicyArn,
            awsRegion: s.region,
            tags: tagMap(r.value.FirewallPolicyResponse?.Tags),
            configuration: configRecord({
              FirewallPolicy: r.value.FirewallPolicy,
              FirewallPolicyResponse: r.value.FirewallPolicyResponse,
            }),
          });
          return true;
        },
        'aws.network-firewall.firewall-policy',
      ),
    );
  if (groups.ok)
    work.push(
      each(
        groups.value,
        async (g) => {
          const RuleGroupArn = g.Arn ?? '';
          const r = await s.call('network-firewall', 'DescribeRuleGroup', () =>
            client.send(new DescribeRuleGroupCommand({ RuleGroupArn })),
          );
          if (!r.ok) return false;
          s.item({
            resourceType: 'AWS::NetworkFirewall::RuleGroup',
            resourceId: r.value.RuleGroupResponse?.RuleGroupId ?? RuleGroupArn,
            resourceName: g.Name ?? RuleGroupArn,
            arn: RuleGroupArn,
            awsRegion: s.region,
            tags: tagMap(r.value.RuleGroupResponse?.Tags),
            configuration: configRecord({
              RuleGroup: r.value.RuleGroup,
              RuleGroupResponse: r.value.RuleGroupResponse,
            }),
          });
          return true;
        },
        'aws.network-firewall.rule-group',
      ),
    );
  await Promise.all(work);
  return covers.sort();
}
