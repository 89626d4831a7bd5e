/**
 * Azure networking: network security groups (their rules, normalised so singular and plural ARM
 * fields become one list each) and public IP addresses (with the IP configuration they are bound to,
 * which is how a VM's public exposure is found).
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const nsgSecurityRuleSchema = z.object({
  name: z.string(),
  /** 100–4096 for custom rules, 65000+ for the default rules; lower numbers are evaluated first. */
  priority: z.number(),
  direction: z.enum(['Inbound', 'Outbound']),
  access: z.enum(['Allow', 'Deny']),
  /** `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah` or `*` (any). */
  protocol: z.string(),
  /** CIDRs, IPs or service tags (`Internet`, `VirtualNetwork`, `*`); the singular and plural ARM fields merged. */
  sourceAddressPrefixes: z.array(z.string()),
  sourcePortRanges: z.array(z.string()),
  destinationAddressPrefixes: z.array(z.string()),
  /** `22`, `20-25` or `*`; the singular and plural ARM fields merged. */
  destinationPortRanges: z.array(z.string()),
  /** Source application security group ids, when the rule names groups instead of prefixes. */
  sourceApplicationSecurityGroups: z.array(z.string()),
  /** True for the rules Azure adds to every group (AllowVnetInBound, DenyAllInBound, ...). */
  isDefault: z.boolean(),
});
export type NsgSecurityRule = z.infer<typeof nsgSecurityRuleSchema>;

export const networkSecurityGroup = defineAssetType({
  type: 'azure.network.network-security-group',
  provider: 'azure',
  title: 'Network security group',
  config: z.object({
    /** The group's own rules. */
    securityRules: maybe(z.array(nsgSecurityRuleSchema)),
    /**
     * The default rules Azure adds to every group. They are fixed and never allow traffic from the
     * internet, so rules about internet exposure can judge a group without them.
     */
    defaultSecurityRules: maybe(z.array(nsgSecurityRuleSchema)),
    /** Subnets the group is associated with (lower-case ARM ids). */
    subnets: maybe(z.array(z.string())),
    /** Network interfaces the group is associated with (lower-case ARM ids). */
    networkInterfaces: maybe(z.array(z.string())),
  }),
});

export const publicIpAddress = defineAssetType({
  type: 'azure.network.public-ip',
  provider: 'azure',
  title: 'Public IP address',
  config: z.object({
    /** The address; null when none is allocated yet (a dynamic address that is not in use). */
    ipAddress: maybe(z.string().nullable()),
    /** `Static` or `Dynamic`. */
    allocationMethod: maybe(z.string()),
    /** `IPv4` or `IPv6`. */
    ipVersion: maybe(z.string().nullable()),
    /** `Basic` or `Standard`. */
    sku: maybe(z.string().nullable()),
    /**
     * The IP configuration it is bound to (lower-case ARM id): a NIC's
     * `.../networkinterfaces/<nic>/ipconfigurations/<name>`, a load balancer frontend, a gateway...;
     * null when unattached.
     */
    ipConfigurationId: maybe(z.string().nullable()),
  }),
});

/**
 * The NIC a public IP is bound to, from its IP configuration id; undefined when it is bound to
 * something else (a load balancer, a gateway) or to nothing.
 * @example nicOfIpConfiguration('/subscriptions/s/.../networkinterfaces/nic1/ipconfigurations/ipconfig1')
 *   // '/subscriptions/s/.../networkinterfaces/nic1'
 */
export function nicOfIpConfiguration(ipConfigurationId: string): string | undefined {
  const m = /^(.*\/providers\/microsoft\.network\/networkinterfaces\/[^/]+)\/ipconfigurations\/[^/]+$/i.exec(
    ipConfigurationId,
  );
  return m?.[1]?.toLowerCase();
}

export const virtualNetwork = defineAssetType({
  type: 'azure.network.virtual-network',
  provider: 'azure',
  title: 'Virtual network',
  config: z.object({
    subnets: maybe(
      z.array(
        z.object({
          name: z.string(),
          /** The associated NSG (lower-case id); null when none. */
          networkSecurityGroupId: z.string().nullable(),
          /** Service delegations, e.g. `Microsoft.Databricks/workspaces`. */
          delegations: z.array(z.string()),
        }),
      ),
    ),
    /** DDoS Network Protection; null when not set (off). */
    ddosProtectionEnabled: maybe(z.boolean().nullable()),
  }),
});

export const networkWatcher = defineAssetType({
  type: 'azure.network.network-watcher',
  provider: 'azure',
  title: 'Network Watcher',
  config: z.object({
    provisioningState: maybe(z.string().nullable()),
  }),
});

export const flowLog = defineAssetType({
  type: 'azure.network.flow-log',
  provider: 'azure',
  title: 'Flow log',
  config: z.object({
    enabled: maybe(z.boolean()),
    /** The NSG or virtual network logged (lower-case id). */
    targetResourceId: maybe(z.string()),
    /** Retention of the flow log files; days 0 means kept forever. null when no retention policy is set. */
    retention: maybe(z.object({ enabled: z.boolean(), days: z.number() }).nullable()),
  }),
});

export const bastionHost = defineAssetType({
  type: 'azure.network.bastion-host',
  provider: 'azure',
  title: 'Azure Bastion host',
  config: z.object({
    sku: maybe(z.string().nullable()),
  }),
});

/** Subnet names Azure reserves for platform services that do not take an NSG. */
export const SUBNETS_WITHOUT_NSG = new Set([
  'gatewaysubnet',
  'azurefirewallsubnet',
  'azurefirewallmanagementsubnet',
  'routeserversubnet',
  'azurebastionsubnet',
]);
