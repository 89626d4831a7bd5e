/**
 * Compute Engine: VPC networks, subnetworks, firewall rules and VM instances. Network references are
 * held as CAI full resource names (`//compute.googleapis.com/projects/p/global/networks/n`), the uids
 * of the network assets, so relations and rules can join them.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

/** One allowed/denied entry: protocol (`tcp`, `udp`, `icmp`, `all`, or an IP protocol number) and ports; no ports = all ports. */
export const firewallEntrySchema = z.object({
  protocol: z.string(),
  ports: z.array(z.string()),
});

export type FirewallEntry = z.infer<typeof firewallEntrySchema>;

export const gcpFirewall = defineAssetType({
  type: 'gcp.compute.firewall',
  provider: 'gcp',
  title: 'VPC firewall rule',
  config: z.object({
    /** Uid of the network the rule belongs to. */
    network: maybe(z.string()),
    direction: maybe(z.enum(['INGRESS', 'EGRESS'])),
    disabled: maybe(z.boolean()),
    /** 0 (highest) to 65535. */
    priority: maybe(z.number()),
    sourceRanges: maybe(z.array(z.string())),
    destinationRanges: maybe(z.array(z.string())),
    sourceTags: maybe(z.array(z.string())),
    sourceServiceAccounts: maybe(z.array(z.string())),
    /** Empty for a deny rule. */
    allowed: maybe(z.array(firewallEntrySchema)),
    /** Empty for an allow rule. */
    denied: maybe(z.array(firewallEntrySchema)),
    /** Empty (with no target service accounts): the rule applies to every instance in the network. */
    targetTags: maybe(z.array(z.string())),
    targetServiceAccounts: maybe(z.array(z.string())),
    /** Firewall rules logging; `metadata` is `INCLUDE_ALL_METADATA` or `EXCLUDE_ALL_METADATA` when set. */
    logConfig: maybe(z.object({ enable: z.boolean(), metadata: z.string().nullable() })),
  }),
});

export const gcpNetwork = defineAssetType({
  type: 'gcp.compute.network',
  provider: 'gcp',
  title: 'VPC network',
  config: z.object({
    /** Auto mode network: one subnetwork per region created for it. False for custom mode and legacy networks. */
    autoCreateSubnetworks: maybe(z.boolean()),
    /** A legacy (non-subnet) network: it has a single IPv4 range (`IPv4Range`) and no subnetworks. */
    legacy: maybe(z.boolean()),
    /** `REGIONAL` or `GLOBAL` dynamic routing; null when not reported. */
    routingMode: maybe(z.string().nullable()),
  }),
});

export const gcpSubnetwork = defineAssetType({
  type: 'gcp.compute.subnetwork',
  provider: 'gcp',
  title: 'VPC subnetwork',
  config: z.object({
    /** Uid of the network the subnetwork belongs to. */
    network: maybe(z.string()),
    ipCidrRange: maybe(z.string().nullable()),
    /** VPC flow logs (`logConfig.enable`, or the older `enableFlowLogs`). */
    flowLogsEnabled: maybe(z.boolean()),
    privateIpGoogleAccess: maybe(z.boolean()),
    /**
     * `PRIVATE` for ordinary subnets (also reported as null by older records); proxy-only and
     * Private Service Connect subnets (`REGIONAL_MANAGED_PROXY`, `PRIVATE_SERVICE_CONNECT`, ...) carry no VMs.
     */
    purpose: maybe(z.string().nullable()),
  }),
});

export const instanceServiceAccountSchema = z.object({
  email: z.string(),
  /** OAuth scopes, e.g. `https://www.googleapis.com/auth/cloud-platform`. */
  scopes: z.array(z.string()),
});

export const networkInterfaceSchema = z.object({
  name: z.string().nullable(),
  /** Uid of the network; null when the record does not say. */
  network: z.string().nullable(),
  /** Uid of the subnetwork; null for legacy networks or when the record does not say. */
  subnetwork: z.string().nullable(),
  networkIP: z.string().nullable(),
  /** External IPv4 access configs (`ONE_TO_ONE_NAT`); `natIP` is null while an ephemeral address is unassigned. */
  accessConfigs: z.array(z.object({ type: z.string(), natIP: z.string().nullable() })),
  /** External IPv6 access configs (`DIRECT_IPV6`). */
  ipv6AccessConfigs: z.array(z.object({ type: z.string(), externalIpv6: z.string().nullable() })),
});

export type NetworkInterface = z.infer<typeof networkInterfaceSchema>;

export const gcpInstance = defineAssetType({
  type: 'gcp.compute.instance',
  provider: 'gcp',
  title: 'Compute Engine VM instance',
  config: z.object({
    /** `RUNNING`, `TERMINATED`, `STOPPED`, ... */
    status: maybe(z.string()),
    /** Service accounts the VM runs as (at most one today) with their OAuth scopes. */
    serviceAccounts: maybe(z.array(instanceServiceAccountSchema)),
    networkInterfaces: maybe(z.array(networkInterfaceSchema)),
    canIpForward: maybe(z.boolean()),
    /** Instance metadata `block-project-ssh-keys`; null when not set on the instance. */
    blockProjectSshKeys: maybe(z.boolean().nullable()),
    /** Instance metadata `serial-port-enable`; null when not set on the instance (project metadata applies). */
    serialPortEnabled: maybe(z.boolean().nullable()),
    /** Instance metadata `enable-oslogin`; null when not set on the instance (project metadata applies). */
    osLoginEnabled: maybe(z.boolean().nullable()),
    /** Shielded VM options; null when the VM has none (not a Shielded VM). */
    shieldedInstanceConfig: maybe(
      z
        .object({
          enableSecureBoot: z.boolean(),
          enableVtpm: z.boolean(),
          enableIntegrityMonitoring: z.boolean(),
        })
        .nullable(),
    ),
    /** Confidential VM (memory encryption). */
    confidentialComputing: maybe(z.boolean()),
  }),
});

export const gcpDisk = defineAssetType({
  type: 'gcp.compute.disk',
  provider: 'gcp',
  title: 'Compute Engine persistent disk',
  config: z.object({
    /** Encrypted with a customer-supplied key (CSEK): the record carries the key's SHA-256, never the key. */
    customerSuppliedKey: maybe(z.boolean()),
    /** Cloud KMS key (CMEK); null when none. */
    kmsKeyName: maybe(z.string().nullable()),
    /** Uids of the instances the disk is attached to. */
    users: maybe(z.array(z.string())),
  }),
});

/** Project-wide Compute Engine settings (CAI `compute.googleapis.com/Project`): common instance metadata. */
export const gcpComputeProject = defineAssetType({
  type: 'gcp.compute.project',
  provider: 'gcp',
  title: 'Compute Engine project settings',
  config: z.object({
    /** Project metadata `enable-oslogin`; null when not set (OS Login is then off unless an organisation policy enforces it). */
    osLoginEnabled: maybe(z.boolean().nullable()),
    /** Project metadata `serial-port-enable`; null when not set. */
    serialPortEnabled: maybe(z.boolean().nullable()),
  }),
});

export const gcpBackendService = defineAssetType({
  type: 'gcp.compute.backend-service',
  provider: 'gcp',
  title: 'Load balancer backend service',
  config: z.object({
    /** `HTTP`, `HTTPS`, `HTTP2`, `TCP`, `SSL`, `UDP`, `GRPC`, ... */
    protocol: maybe(z.string()),
    /** `EXTERNAL`, `EXTERNAL_MANAGED`, `INTERNAL_MANAGED`, `INTERNAL`, ... */
    loadBalancingScheme: maybe(z.string()),
    /** Request logging (`logConfig.enable`). */
    loggingEnabled: maybe(z.boolean()),
  }),
});
