/** AWS Network Firewall: firewalls, firewall policies and rule groups. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const networkFirewall = defineAssetType({
  type: 'aws.network-firewall.firewall',
  provider: 'aws',
  title: 'Network Firewall firewall',
  config: z.object({
    vpcId: maybe(z.string()),
    firewallPolicyArn: maybe(z.string()),
    /** `DeleteProtection`. */
    deletionProtection: maybe(z.boolean()),
    /**
     * The log types (`ALERT`, `FLOW`, `TLS`) the firewall sends to a destination; empty when it logs
     * nothing. Read with `DescribeLoggingConfiguration` (AWS Config does not record it).
     */
    logTypes: maybe(z.array(z.string())),
  }),
});

export const networkFirewallPolicy = defineAssetType({
  type: 'aws.network-firewall.firewall-policy',
  provider: 'aws',
  title: 'Network Firewall policy',
  config: z.object({
    /** Stateless and stateful rule groups the policy references. */
    ruleGroupCount: maybe(z.number().int()),
    /** `StatelessDefaultActions` for full packets: `aws:pass`, `aws:drop`, `aws:forward_to_sfe`, custom actions. */
    statelessDefaultActions: maybe(z.array(z.string())),
    /** `StatelessFragmentDefaultActions` for fragmented packets. */
    statelessFragmentDefaultActions: maybe(z.array(z.string())),
  }),
});

export const networkFirewallRuleGroup = defineAssetType({
  type: 'aws.network-firewall.rule-group',
  provider: 'aws',
  title: 'Network Firewall rule group',
  config: z.object({
    /** `STATELESS` or `STATEFUL`. */
    ruleGroupType: maybe(z.string()),
    /** Stateless rules in the group; null for stateful groups. */
    statelessRuleCount: maybe(z.number().int().nullable()),
  }),
});

export const networkFirewallAssetTypes = [
  networkFirewall,
  networkFirewallPolicy,
  networkFirewallRuleGroup,
] as const;
