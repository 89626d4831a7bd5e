/** VPCs (with their internet gateway), subnets, flow logs and security groups, as AWS Config records them. */
import { ALL_EGRESS, tagList, type Perm, type RegionEstate } from './region.js';
import { ec2Id, hex } from '../ids.js';

/** One permission as the EC2 API records it; `self` in `groups` names the group itself. */
function perm(r: RegionEstate, p: Perm, self?: string): Record<string, unknown> {
  const cidrs = p.cidrs ?? [];
  return {
    ...(p.proto === '-1' ? {} : { fromPort: p.from, toPort: p.to ?? p.from }),
    ipProtocol: p.proto,
    ipv6Ranges: (p.cidrs6 ?? []).map((c) => ({ cidrIpv6: c, ...(p.desc ? { description: p.desc } : {}) })),
    prefixListIds: [],
    userIdGroupPairs: (p.groups ?? []).map((g) => ({
      groupId: g === 'self' && self !== undefined ? self : g,
      userId: r.account.id,
      ...(p.desc ? { description: p.desc } : {}),
    })),
    ipv4Ranges: cidrs.map((c) => ({ cidrIp: c, ...(p.desc ? { description: p.desc } : {}) })),
    ipRanges: cidrs,
  };
}

export function vpc(
  r: RegionEstate,
  label: string,
  o: { cidr: string; isDefault?: boolean; created: string; tags: Record<string, string> },
) {
  const vpcId = ec2Id('vpc', r.seed(label));
  r.push({
    resourceType: 'AWS::EC2::VPC',
    resourceId: vpcId,
    arn: r.ec2Arn('vpc', vpcId),
    region: r.region,
    availabilityZone: 'Multiple Availability Zones',
    createdAt: null,
    tags: o.tags,
    relationships: [],
    configuration: {
      cidrBlock: o.cidr,
      dhcpOptionsId: ec2Id('dopt', r.seed('dhcp')),
      state: 'available',
      vpcId,
      ownerId: r.account.id,
      instanceTenancy: 'default',
      ipv6CidrBlockAssociationSet: [],
      cidrBlockAssociationSet: [
        {
          associationId: ec2Id('vpc-cidr-assoc', r.seed(label)),
          cidrBlock: o.cidr,
          cidrBlockState: { state: 'associated' },
        },
      ],
      isDefault: o.isDefault === true,
      tags: tagList(o.tags),
    },
    supplementary: {},
  });
  const igw = ec2Id('igw', r.seed(label));
  r.push({
    resourceType: 'AWS::EC2::InternetGateway',
    resourceId: igw,
    arn: r.ec2Arn('internet-gateway', igw),
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: null,
    tags: o.tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is attached to Vpc' }],
    configuration: {
      attachments: [{ state: 'available', vpcId }],
      internetGatewayId: igw,
      ownerId: r.account.id,
      tags: tagList(o.tags),
    },
    supplementary: {},
  });
  return vpcId;
}

export function subnet(
  r: RegionEstate,
  label: string,
  vpcId: string,
  o: { cidr: string; zone: number; public: boolean; tags: Record<string, string> },
) {
  const subnetId = ec2Id('subnet', r.seed(label));
  r.push({
    resourceType: 'AWS::EC2::Subnet',
    resourceId: subnetId,
    arn: r.ec2Arn('subnet', subnetId),
    region: r.region,
    availabilityZone: r.az(o.zone),
    createdAt: null,
    tags: o.tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is contained in Vpc' }],
    configuration: {
      availabilityZone: r.az(o.zone),
      availableIpAddressCount: 4000 + (Number.parseInt(hex(label, 2), 16) % 80),
      cidrBlock: o.cidr,
      defaultForAz: false,
      mapPublicIpOnLaunch: o.public,
      state: 'available',
      subnetId,
      vpcId,
      ownerId: r.account.id,
      assignIpv6AddressOnCreation: false,
      ipv6CidrBlockAssociationSet: [],
      tags: tagList(o.tags),
      subnetArn: r.ec2Arn('subnet', subnetId),
    },
    supplementary: {},
  });
  return subnetId;
}

export function flowLog(
  r: RegionEstate,
  label: string,
  vpcId: string,
  o: {
    traffic: 'ALL' | 'ACCEPT' | 'REJECT';
    bucket?: string;
    created: string;
    tags: Record<string, string>;
  },
) {
  const id = `fl-0${hex(r.seed(`fl/${label}`), 16)}`;
  const toS3 = o.bucket !== undefined;
  const logGroup = `/aws/vpc/flow-logs/${label}`;
  r.push({
    resourceType: 'AWS::EC2::FlowLog',
    resourceId: id,
    arn: r.ec2Arn('vpc-flow-log', id),
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: o.tags,
    relationships: [],
    configuration: {
      creationTime: o.created,
      deliverLogsErrorMessage: null,
      ...(toS3
        ? {}
        : {
            deliverLogsPermissionArn: `arn:aws:iam::${r.account.id}:role/vpc-flow-logs-delivery`,
            logGroupName: logGroup,
          }),
      deliverLogsStatus: 'SUCCESS',
      flowLogId: id,
      flowLogStatus: 'ACTIVE',
      resourceId: vpcId,
      trafficType: o.traffic,
      logDestinationType: toS3 ? 's3' : 'cloud-watch-logs',
      logDestination: toS3
        ? `arn:aws:s3:::${o.bucket}/vpc-flow-logs/`
        : `arn:aws:logs:${r.region}:${r.account.id}:log-group:${logGroup}`,
      logFormat:
        '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
      tags: tagList(o.tags),
      maxAggregationInterval: 600,
    },
    supplementary: {},
  });
  return id;
}

export function sg(
  r: RegionEstate,
  label: string,
  vpcId: string,
  o: {
    name: string;
    description: string;
    ingress: Perm[];
    egress?: Perm[];
    tags: Record<string, string>;
  },
) {
  const groupId = ec2Id('sg', r.seed(label));
  r.push({
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: groupId,
    resourceName: o.name,
    arn: r.ec2Arn('security-group', groupId),
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: null,
    tags: o.tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is contained in Vpc' }],
    configuration: {
      description: o.description,
      groupName: o.name,
      ipPermissions: o.ingress.map((p) => perm(r, p, groupId)),
      ownerId: r.account.id,
      groupId,
      ipPermissionsEgress: (o.egress ?? [ALL_EGRESS]).map((p) => perm(r, p, groupId)),
      tags: tagList(o.tags),
      vpcId,
    },
    supplementary: {},
  });
  return groupId;
}

/**
 * A VPC's routing as AWS builds it: the main route table (local route only) serves every subnet not
 * associated elsewhere; a public table sends 0.0.0.0/0 to the VPC's internet gateway for the public
 * subnets; the default network ACL allows everything in and out (rule 100) before the final deny.
 */
export function routing(
  r: RegionEstate,
  vpcLabel: string,
  vpcId: string,
  o: { cidr: string; publicSubnets: string[]; allSubnets: string[]; tags: Record<string, string> },
) {
  const igw = ec2Id('igw', r.seed(vpcLabel));
  const local = {
    destinationCidrBlock: o.cidr,
    gatewayId: 'local',
    origin: 'CreateRouteTable',
    state: 'active',
  };
  const table = (label: string, main: boolean, routes: Record<string, unknown>[], subnets: string[]) => {
    const id = ec2Id('rtb', r.seed(`${vpcLabel}/${label}`));
    r.push({
      resourceType: 'AWS::EC2::RouteTable',
      resourceId: id,
      arn: r.ec2Arn('route-table', id),
      region: r.region,
      availabilityZone: 'Not Applicable',
      createdAt: null,
      tags: o.tags,
      relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is contained in Vpc' }],
      configuration: {
        associations: [
          ...(main
            ? [
                {
                  main: true,
                  routeTableAssociationId: ec2Id('rtbassoc', r.seed(`${vpcLabel}/${label}/main`)),
                  routeTableId: id,
                  associationState: { state: 'associated' },
                },
              ]
            : []),
          ...subnets.map((s) => ({
            main: false,
            routeTableAssociationId: ec2Id('rtbassoc', r.seed(`${vpcLabel}/${label}/${s}`)),
            routeTableId: id,
            subnetId: s,
            associationState: { state: 'associated' },
          })),
        ],
        propagatingVgws: [],
        routeTableId: id,
        routes,
        tags: tagList(o.tags),
        vpcId,
        ownerId: r.account.id,
      },
      supplementary: {},
    });
  };
  table('main', true, [local], []);
  if (o.publicSubnets.length > 0)
    table(
      'public',
      false,
      [local, { destinationCidrBlock: '0.0.0.0/0', gatewayId: igw, origin: 'CreateRoute', state: 'active' }],
      o.publicSubnets,
    );
  const aclId = ec2Id('acl', r.seed(vpcLabel));
  const entry = (ruleNumber: number, action: 'allow' | 'deny', egress: boolean) => ({
    cidrBlock: '0.0.0.0/0',
    egress,
    protocol: '-1',
    ruleAction: action,
    ruleNumber,
  });
  r.push({
    resourceType: 'AWS::EC2::NetworkAcl',
    resourceId: aclId,
    arn: r.ec2Arn('network-acl', aclId),
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: null,
    tags: o.tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is contained in Vpc' }],
    configuration: {
      associations: o.allSubnets.map((s) => ({
        networkAclAssociationId: ec2Id('aclassoc', r.seed(`${vpcLabel}/${s}`)),
        networkAclId: aclId,
        subnetId: s,
      })),
      entries: [
        entry(100, 'allow', false),
        entry(32767, 'deny', false),
        entry(100, 'allow', true),
        entry(32767, 'deny', true),
      ],
      isDefault: true,
      networkAclId: aclId,
      ownerId: r.account.id,
      tags: tagList(o.tags),
      vpcId,
    },
    supplementary: {},
  });
}
