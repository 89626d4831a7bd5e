/**
 * EC2 in one region: security groups, instances, volumes, VPCs, flow logs (as AWS::EC2::* items for
 * the AWS Config mappers) and EBS encryption by default (an account field, per region).
 */
import {
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeFlowLogs,
  paginateDescribeInstances,
  paginateDescribeSecurityGroups,
  paginateDescribeVolumes,
  paginateDescribeVpcs,
  type Instance,
} from '@aws-sdk/client-ec2';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap, withDefaults } from '../shape.js';
import type { Outcome } from '../runtime.js';

export const ec2Client = (s: RegionScope) => s.client('ec2', (c) => new EC2Client(c));

/** Every page of a paginator, flattened. */
async function all<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

/** Instances leave out what is not set; AWS Config records those members as null. */
function instanceConfig(i: Instance): Record<string, unknown> {
  return withDefaults(configRecord(i), {
    publicIpAddress: null,
    privateIpAddress: null,
    keyName: null,
    iamInstanceProfile: null,
    subnetId: null,
    vpcId: null,
  });
}

/** The asset types whose listing succeeded in the region (for coverage). */
export async function collectEc2(s: RegionScope): Promise<string[]> {
  const client = ec2Client(s);
  const covered: string[] = [];
  const region = s.region;
  const [groups, reservations, volumes, vpcs, flowLogs] = await Promise.all([
    s.call('ec2', 'DescribeSecurityGroups', () =>
      all(paginateDescribeSecurityGroups({ client }, {}), (p) => p.SecurityGroups),
    ),
    s.call('ec2', 'DescribeInstances', () =>
      all(paginateDescribeInstances({ client }, {}), (p) => p.Reservations),
    ),
    s.call('ec2', 'DescribeVolumes', () => all(paginateDescribeVolumes({ client }, {}), (p) => p.Volumes)),
    s.call('ec2', 'DescribeVpcs', () => all(paginateDescribeVpcs({ client }, {}), (p) => p.Vpcs)),
    s.call('ec2', 'DescribeFlowLogs', () => all(paginateDescribeFlowLogs({ client }, {}), (p) => p.FlowLogs)),
  ]);
  const done = (type: string, o: Outcome<unknown>) => {
    if (o.ok) covered.push(type);
  };
  if (groups.ok) {
    for (const g of groups.value) {
      s.item({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: g.GroupId ?? '',
        awsRegion: region,
        tags: tagMap(g.Tags),
        configuration: withDefaults(configRecord(g), { ipPermissions: [], ipPermissionsEgress: [] }),
      });
    }
  }
  done('aws.ec2.security-group', groups);
  if (reservations.ok) {
    for (const r of reservations.value) {
      for (const i of r.Instances ?? []) {
        if (i.State?.Name === 'terminated') continue;
        s.item({
          resourceType: 'AWS::EC2::Instance',
          resourceId: i.InstanceId ?? '',
          awsRegion: region,
          tags: tagMap(i.Tags),
          configuration: instanceConfig(i),
        });
      }
    }
  }
  done('aws.ec2.instance', reservations);
  if (volumes.ok) {
    for (const v of volumes.value) {
      s.item({
        resourceType: 'AWS::EC2::Volume',
        resourceId: v.VolumeId ?? '',
        awsRegion: region,
        tags: tagMap(v.Tags),
        configuration: withDefaults(configRecord(v), { attachments: [], snapshotId: null }),
      });
    }
  }
  done('aws.ec2.volume', volumes);
  if (vpcs.ok) {
    for (const v of vpcs.value) {
      s.item({
        resourceType: 'AWS::EC2::VPC',
        resourceId: v.VpcId ?? '',
        awsRegion: region,
        tags: tagMap(v.Tags),
        configuration: withDefaults(configRecord(v), { ipv6CidrBlockAssociationSet: [] }),
      });
    }
  }
  done('aws.ec2.vpc', vpcs);
  if (flowLogs.ok) {
    for (const f of flowLogs.value) {
      s.item({
        resourceType: 'AWS::EC2::FlowLog',
        resourceId: f.FlowLogId ?? '',
        awsRegion: region,
        tags: tagMap(f.Tags),
        configuration: withDefaults(configRecord(f), { deliverLogsStatus: null }),
      });
    }
  }
  done('aws.ec2.flow-log', flowLogs);
  return covered;
}

/** EBS encryption by default in the region: true/false, or the failure's reason. */
export async function ebsEncryptionByDefault(s: RegionScope): Promise<boolean | string> {
  const o = await s.call('ec2', 'GetEbsEncryptionByDefault', () =>
    ec2Client(s).send(new GetEbsEncryptionByDefaultCommand({})),
  );
  return o.ok ? o.value.EbsEncryptionByDefault === true : o.reason;
}
