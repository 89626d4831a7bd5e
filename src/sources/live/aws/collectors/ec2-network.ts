/**
 * EC2 networking and instance management in one region, as AWS Config-shaped items: network
 * interfaces (which security groups are in use), VPC endpoints, site-to-site VPN connections (tunnel
 * telemetry), Client VPN endpoints (connection logging), and the instances Systems Manager manages
 * (ssm:DescribeInstanceInformation → AWS::SSM::ManagedInstanceInventory, one item per instance).
 */
import {
  DescribeVpnConnectionsCommand,
  paginateDescribeClientVpnEndpoints,
  paginateDescribeNetworkInterfaces,
  paginateDescribeVpcEndpoints,
} from '@aws-sdk/client-ec2';
import { paginateDescribeInstanceInformation, SSMClient } from '@aws-sdk/client-ssm';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap, withDefaults } from '../shape.js';
import { ec2Client } from './ec2.js';

async function all<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

/** Network interfaces; true when the listing succeeded. */
async function collectNetworkInterfaces(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeNetworkInterfaces', () =>
    all(paginateDescribeNetworkInterfaces({ client: ec2Client(s) }, {}), (p) => p.NetworkInterfaces),
  );
  if (!listed.ok) return false;
  for (const n of listed.value)
    s.item({
      resourceType: 'AWS::EC2::NetworkInterface',
      resourceId: n.NetworkInterfaceId ?? '',
      awsRegion: s.region,
      tags: tagMap(n.TagSet),
      configuration: withDefaults(configRecord(n), { groups: [], interfaceType: null, vpcId: null }),
    });
  return true;
}

/** VPC endpoints; true when the listing succeeded. */
async function collectVpcEndpoints(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeVpcEndpoints', () =>
    all(paginateDescribeVpcEndpoints({ client: ec2Client(s) }, {}), (p) => p.VpcEndpoints),
  );
  if (!listed.ok) return false;
  for (const e of listed.value)
    s.item({
      resourceType: 'AWS::EC2::VPCEndpoint',
      resourceId: e.VpcEndpointId ?? '',
      awsRegion: s.region,
      tags: tagMap(e.Tags),
      configuration: configRecord(e),
    });
  return true;
}

/** Site-to-site VPN connections (deleted ones left out); true when the listing succeeded. */
async function collectVpnConnections(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeVpnConnections', () =>
    ec2Client(s).send(new DescribeVpnConnectionsCommand({})),
  );
  if (!listed.ok) return false;
  for (const v of listed.value.VpnConnections ?? []) {
    if (v.State === 'deleted') continue;
    // The customer gateway configuration holds the tunnels' pre-shared keys: never carried along.
    const { CustomerGatewayConfiguration: _secret, ...rest } = v;
    s.item({
      resourceType: 'AWS::EC2::VPNConnection',
      resourceId: v.VpnConnectionId ?? '',
      awsRegion: s.region,
      tags: tagMap(v.Tags),
      configuration: withDefaults(configRecord(rest), { vgwTelemetry: [] }),
    });
  }
  return true;
}

/** Client VPN endpoints; true when the listing succeeded. */
async function collectClientVpnEndpoints(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeClientVpnEndpoints', () =>
    all(paginateDescribeClientVpnEndpoints({ client: ec2Client(s) }, {}), (p) => p.ClientVpnEndpoints),
  );
  if (!listed.ok) return false;
  for (const e of listed.value) {
    if (e.Status?.Code === 'deleted') continue;
    s.item({
      resourceType: 'AWS::EC2::ClientVpnEndpoint',
      resourceId: e.ClientVpnEndpointId ?? '',
      awsRegion: s.region,
      tags: tagMap(e.Tags),
      configuration: configRecord(e),
    });
  }
  return true;
}

/** Instances SSM manages; true when the listing succeeded. */
async function collectManagedInstances(s: RegionScope): Promise<boolean> {
  const client = s.client('ssm', (c) => new SSMClient(c));
  const listed = await s.call('ssm', 'DescribeInstanceInformation', () =>
    all(paginateDescribeInstanceInformation({ client }, {}), (p) => p.InstanceInformationList),
  );
  if (!listed.ok) return false;
  for (const i of listed.value) {
    if (i.InstanceId === undefined) continue;
    s.item({
      resourceType: 'AWS::SSM::ManagedInstanceInventory',
      resourceId: i.InstanceId,
      awsRegion: s.region,
      configuration: { pingStatus: i.PingStatus ?? null },
    });
  }
  return true;
}

/** Everything above for the region: the asset types listed completely. */
export async function collectEc2Network(s: RegionScope): Promise<string[]> {
  const [enis, endpoints, vpns, clientVpns, managed] = await Promise.all([
    collectNetworkInterfaces(s),
    collectVpcEndpoints(s),
    collectVpnConnections(s),
    collectClientVpnEndpoints(s),
    collectManagedInstances(s),
  ]);
  return [
    ...(enis ? ['aws.ec2.network-interface'] : []),
    ...(endpoints ? ['aws.ec2.vpc-endpoint'] : []),
    ...(vpns ? ['aws.ec2.vpn-connection'] : []),
    ...(clientVpns ? ['aws.ec2.client-vpn-endpoint'] : []),
    ...(managed ? ['aws.ssm.managed-instance'] : []),
  ];
}
