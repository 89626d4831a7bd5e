/**
 * VPC routing and edge: subnets, route tables, internet gateways, network ACLs and Elastic IPs. They
 * carry no rules of their own; the exposure graph (inventory/graph) reads them to tell whether an
 * instance with a public address is actually reachable from the internet: a route to an internet
 * gateway from its subnet, and a network ACL that lets the port in.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const ec2Subnet = defineAssetType({
  type: 'aws.ec2.subnet',
  provider: 'aws',
  title: 'VPC subnet',
  config: z.object({
    subnetId: maybe(z.string()),
    vpcId: maybe(z.string().nullable()),
    cidrBlock: maybe(z.string().nullable()),
    /** The Availability Zone (`eu-west-1a`). */
    availabilityZone: maybe(z.string()),
    /** Instances launched here get a public IPv4 address by default. */
    mapPublicIpOnLaunch: maybe(z.boolean()),
  }),
});

export const routeSchema = z.object({
  /** IPv4 or IPv6 destination CIDR; null for a prefix-list route. */
  destination: z.string().nullable(),
  /** `igw-…`, `local`, `vgw-…`; null when the route targets something else (NAT, peering, ENI). */
  gatewayId: z.string().nullable(),
  natGatewayId: z.string().nullable(),
  /** `active` or `blackhole`; null when not reported. */
  state: z.string().nullable(),
});
export type Route = z.infer<typeof routeSchema>;

export const ec2RouteTable = defineAssetType({
  type: 'aws.ec2.route-table',
  provider: 'aws',
  title: 'VPC route table',
  config: z.object({
    routeTableId: maybe(z.string()),
    vpcId: maybe(z.string().nullable()),
    routes: maybe(z.array(routeSchema)),
    /** Subnets explicitly associated with the table. */
    subnetIds: maybe(z.array(z.string())),
    /** The VPC's main table: it routes every subnet without an explicit association. */
    main: maybe(z.boolean()),
  }),
});

export const ec2InternetGateway = defineAssetType({
  type: 'aws.ec2.internet-gateway',
  provider: 'aws',
  title: 'Internet gateway',
  config: z.object({
    internetGatewayId: maybe(z.string()),
    /** VPCs it is attached to (state `available` or `attached`). */
    vpcIds: maybe(z.array(z.string())),
  }),
});

export const naclEntrySchema = z.object({
  ruleNumber: z.number().int(),
  /** `all`, `tcp`, `udp`, `icmp` or a protocol number as text (normalised like security groups). */
  protocol: z.string(),
  action: z.enum(['allow', 'deny']),
  egress: z.boolean(),
  /** IPv4 or IPv6 CIDR. */
  cidr: z.string(),
  /** Null for protocol `all` or icmp. */
  fromPort: z.number().int().nullable(),
  toPort: z.number().int().nullable(),
});
export type NaclEntry = z.infer<typeof naclEntrySchema>;

export const ec2NetworkAcl = defineAssetType({
  type: 'aws.ec2.network-acl',
  provider: 'aws',
  title: 'Network ACL',
  config: z.object({
    networkAclId: maybe(z.string()),
    vpcId: maybe(z.string().nullable()),
    isDefault: maybe(z.boolean()),
    entries: maybe(z.array(naclEntrySchema)),
    subnetIds: maybe(z.array(z.string())),
  }),
});

export const ec2Eip = defineAssetType({
  type: 'aws.ec2.eip',
  provider: 'aws',
  title: 'Elastic IP address',
  config: z.object({
    publicIp: maybe(z.string()),
    allocationId: maybe(z.string().nullable()),
    /** The instance it is associated with; null when unassociated or bound to an ENI only. */
    instanceId: maybe(z.string().nullable()),
    networkInterfaceId: maybe(z.string().nullable()),
  }),
});

export const vpcRoutingAssetTypes = [
  ec2Subnet,
  ec2RouteTable,
  ec2InternetGateway,
  ec2NetworkAcl,
  ec2Eip,
] as const;
