/**
 * More of EC2 in one region: EBS snapshots owned by the account with who may restore them
 * (DescribeSnapshots + DescribeSnapshotAttribute createVolumePermission), launch templates with their
 * default version's data, transit gateways, network ACLs, subnets and Elastic IPs. Launch templates, transit gateways and
 * network ACLs become AWS Config-shaped items for the importer's mappers; AWS Config does not record
 * EBS snapshots, so those are emitted as assets directly.
 */
import {
  DescribeAddressesCommand,
  DescribeSnapshotAttributeCommand,
  paginateDescribeSubnets,
  paginateDescribeLaunchTemplates,
  paginateDescribeLaunchTemplateVersions,
  paginateDescribeNetworkAcls,
  paginateDescribeSnapshots,
  paginateDescribeTransitGateways,
} from '@aws-sdk/client-ec2';
import { ec2Arn } from '../../../../inventory/aws/arn.js';
import { unknown } from '../../../../model/unknown.js';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap, withDefaults } from '../shape.js';
import { ec2Client } from './ec2.js';

async function all<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

/** The account's own snapshots and their sharing; true when the listing succeeded. */
export async function collectSnapshots(s: RegionScope): Promise<boolean> {
  const client = ec2Client(s);
  const listed = await s.call('ec2', 'DescribeSnapshots', () =>
    all(paginateDescribeSnapshots({ client }, { OwnerIds: ['self'] }), (p) => p.Snapshots),
  );
  if (!listed.ok) return false;
  await Promise.all(
    listed.value.map(async (snap) => {
      const SnapshotId = snap.SnapshotId ?? '';
      const perms = await s.call('ec2', 'DescribeSnapshotAttribute', () =>
        client.send(
          new DescribeSnapshotAttributeCommand({ SnapshotId, Attribute: 'createVolumePermission' }),
        ),
      );
      const grants = perms.ok ? (perms.value.CreateVolumePermissions ?? []) : unknown(perms.reason);
      s.session.emit({
        kind: 'candidate',
        type: 'aws.ec2.snapshot',
        candidate: {
          uid: ec2Arn(
            { region: s.region, account: s.account, partition: s.partition },
            'snapshot',
            SnapshotId,
          ),
          account: s.account,
          region: s.region,
          name: SnapshotId,
          tags: tagMap(snap.Tags),
          config: {
            snapshotId: SnapshotId,
            volumeId: snap.VolumeId ?? null,
            encrypted: snap.Encrypted === true,
            state: snap.State ?? unknown('DescribeSnapshots gave no state'),
            public: Array.isArray(grants) ? grants.some((g) => g.Group === 'all') : grants,
            sharedWithAccounts: Array.isArray(grants)
              ? grants.flatMap((g) => (g.UserId === undefined ? [] : [g.UserId]))
              : grants,
          },
          relations: [],
          source: s.source(),
        },
      });
    }),
  );
  return true;
}

/** Launch templates with their default version's data; true when the listing succeeded. */
export async function collectLaunchTemplates(s: RegionScope): Promise<boolean> {
  const client = ec2Client(s);
  const listed = await s.call('ec2', 'DescribeLaunchTemplates', () =>
    all(paginateDescribeLaunchTemplates({ client }, {}), (p) => p.LaunchTemplates),
  );
  if (!listed.ok) return false;
  await Promise.all(
    listed.value.map(async (t) => {
      const LaunchTemplateId = t.LaunchTemplateId ?? '';
      const versions = await s.call('ec2', 'DescribeLaunchTemplateVersions', () =>
        all(
          paginateDescribeLaunchTemplateVersions({ client }, { LaunchTemplateId, Versions: ['$Default'] }),
          (p) => p.LaunchTemplateVersions,
        ),
      );
      const data = versions.ok ? versions.value[0]?.LaunchTemplateData : undefined;
      s.item(
        {
          resourceType: 'AWS::EC2::LaunchTemplate',
          resourceId: LaunchTemplateId,
          resourceName: t.LaunchTemplateName ?? LaunchTemplateId,
          awsRegion: s.region,
          tags: tagMap(t.Tags),
          configuration: {
            id: LaunchTemplateId,
            launchTemplateName: t.LaunchTemplateName,
            defaultVersionNumber:
              t.DefaultVersionNumber === undefined ? null : String(t.DefaultVersionNumber),
            latestVersionNumber: t.LatestVersionNumber === undefined ? null : String(t.LatestVersionNumber),
            ...(data === undefined ? {} : { launchTemplateData: configRecord(data) }),
          },
        },
        versions.ok ? {} : { networkInterfaces: versions.reason },
      );
    }),
  );
  return true;
}

/** Transit gateways, shaped as AWS Config records them; true when the listing succeeded. */
export async function collectTransitGateways(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeTransitGateways', () =>
    all(paginateDescribeTransitGateways({ client: ec2Client(s) }, {}), (p) => p.TransitGateways),
  );
  if (!listed.ok) return false;
  for (const g of listed.value) {
    if (g.State === 'deleted') continue;
    s.item({
      resourceType: 'AWS::EC2::TransitGateway',
      resourceId: g.TransitGatewayId ?? '',
      ...(g.TransitGatewayArn === undefined ? {} : { arn: g.TransitGatewayArn }),
      awsRegion: s.region,
      tags: tagMap(g.Tags),
      configuration: {
        id: g.TransitGatewayId,
        description: g.Description,
        autoAcceptSharedAttachments: g.Options?.AutoAcceptSharedAttachments,
        defaultRouteTableAssociation: g.Options?.DefaultRouteTableAssociation,
        defaultRouteTablePropagation: g.Options?.DefaultRouteTablePropagation,
      },
    });
  }
  return true;
}

/** Network ACLs with their entries and subnet associations; true when the listing succeeded. */
export async function collectNetworkAcls(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeNetworkAcls', () =>
    all(paginateDescribeNetworkAcls({ client: ec2Client(s) }, {}), (p) => p.NetworkAcls),
  );
  if (!listed.ok) return false;
  for (const a of listed.value) {
    s.item({
      resourceType: 'AWS::EC2::NetworkAcl',
      resourceId: a.NetworkAclId ?? '',
      awsRegion: s.region,
      tags: tagMap(a.Tags),
      configuration: withDefaults(configRecord(a), { entries: [], associations: [] }),
    });
  }
  return true;
}

/** Subnets (auto-assigned public IPs); true when the listing succeeded. */
export async function collectSubnets(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeSubnets', () =>
    all(paginateDescribeSubnets({ client: ec2Client(s) }, {}), (p) => p.Subnets),
  );
  if (!listed.ok) return false;
  for (const n of listed.value)
    s.item({
      resourceType: 'AWS::EC2::Subnet',
      resourceId: n.SubnetId ?? '',
      awsRegion: s.region,
      tags: tagMap(n.Tags),
      configuration: configRecord(n),
    });
  return true;
}

/** Elastic IPs and what they are attached to; true when the listing succeeded. */
export async function collectAddresses(s: RegionScope): Promise<boolean> {
  const listed = await s.call('ec2', 'DescribeAddresses', () =>
    ec2Client(s).send(new DescribeAddressesCommand({})),
  );
  if (!listed.ok) return false;
  for (const a of listed.value.Addresses ?? [])
    s.item({
      resourceType: 'AWS::EC2::EIP',
      resourceId: a.AllocationId ?? a.PublicIp ?? '',
      awsRegion: s.region,
      tags: tagMap(a.Tags),
      configuration: withDefaults(configRecord(a), { instanceId: null, networkInterfaceId: null }),
    });
  return true;
}

/** Everything above for the region: the asset types listed completely. */
export async function collectEc2Sharing(s: RegionScope): Promise<string[]> {
  const [snapshots, templates, gateways, acls, subnets, addresses] = await Promise.all([
    collectSnapshots(s),
    collectLaunchTemplates(s),
    collectTransitGateways(s),
    collectNetworkAcls(s),
    collectSubnets(s),
    collectAddresses(s),
  ]);
  return [
    ...(snapshots ? ['aws.ec2.snapshot'] : []),
    ...(templates ? ['aws.ec2.launch-template'] : []),
    ...(gateways ? ['aws.ec2.transit-gateway'] : []),
    ...(acls ? ['aws.ec2.network-acl'] : []),
    ...(subnets ? ['aws.ec2.subnet'] : []),
    ...(addresses ? ['aws.ec2.eip'] : []),
  ];
}
