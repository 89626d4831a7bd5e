/**
 * A small AWS estate for exposure-graph and combination tests: a VPC with an internet gateway, a public
 * subnet routed to it, a network ACL, a security group open on SSH, an instance with a public IP
 * running as a role, an RDS instance and a bucket. `exposedEstate()` returns fresh assets each call;
 * override what a test varies.
 */
import type { AnyAsset } from '../../../model/asset.js';
import type { ConfigOf } from '../../../inventory/types.js';
import { assetOf } from '../../testing/builders.js';
import { secureDbInstance, secureInstance, secureSecurityGroup, secureVpc } from './fixtures.js';
import { fullAdmin, secureRole } from './identity-fixtures.js';

const ACCOUNT = '111122223333';
export const ec2Uid = (type: string, id: string) => `arn:aws:ec2:us-east-1:${ACCOUNT}:${type}/${id}`;
export const IDS = {
  vpc: 'vpc-0123456789abcdef0',
  igw: 'igw-0a1b2c3d',
  rtb: 'rtb-0a1b2c3d',
  subnet: 'subnet-0123456789abcdef0',
  acl: 'acl-0a1b2c3d',
  sg: 'sg-0123456789abcdef0',
  instance: 'i-0123456789abcdef0',
};
export const UIDS = {
  vpc: ec2Uid('vpc', IDS.vpc),
  igw: ec2Uid('internet-gateway', IDS.igw),
  rtb: ec2Uid('route-table', IDS.rtb),
  subnet: ec2Uid('subnet', IDS.subnet),
  acl: ec2Uid('network-acl', IDS.acl),
  sg: ec2Uid('security-group', IDS.sg),
  instance: ec2Uid('instance', IDS.instance),
  role: `arn:aws:iam::${ACCOUNT}:role/app`,
  db: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`,
};

export const sshFromWorld = {
  protocol: 'tcp',
  fromPort: 22,
  toPort: 22,
  ipv4Ranges: ['0.0.0.0/0'],
  ipv6Ranges: [],
  securityGroups: [],
  prefixListIds: [],
};

export const allowAllAcl: ConfigOf<'aws.ec2.network-acl'> = {
  networkAclId: IDS.acl,
  vpcId: IDS.vpc,
  isDefault: true,
  subnetIds: [IDS.subnet],
  entries: [
    {
      ruleNumber: 100,
      protocol: 'all',
      action: 'allow',
      egress: false,
      cidr: '0.0.0.0/0',
      fromPort: null,
      toPort: null,
    },
    {
      ruleNumber: 32767,
      protocol: 'all',
      action: 'deny',
      egress: false,
      cidr: '0.0.0.0/0',
      fromPort: null,
      toPort: null,
    },
  ],
};

export interface EstateOptions {
  instance?: Partial<ConfigOf<'aws.ec2.instance'>>;
  instanceTags?: Record<string, string>;
  acl?: Partial<ConfigOf<'aws.ec2.network-acl'>> | null;
  routeToIgw?: boolean;
  sgIngress?: ConfigOf<'aws.ec2.security-group'>['ingress'];
  roleAdmin?: boolean;
  db?: Partial<ConfigOf<'aws.rds.db-instance'>>;
  dbTags?: Record<string, string>;
}

/** The assets of the estate, keyed by role in it. */
export function exposedEstate(o: EstateOptions = {}) {
  const vpc = assetOf('aws.ec2.vpc', secureVpc, { uid: UIDS.vpc, name: IDS.vpc });
  const igw = assetOf(
    'aws.ec2.internet-gateway',
    { internetGatewayId: IDS.igw, vpcIds: [IDS.vpc] },
    { uid: UIDS.igw, name: IDS.igw, relations: [{ kind: 'attached-to', target: UIDS.vpc }] },
  );
  const rtb = assetOf(
    'aws.ec2.route-table',
    {
      routeTableId: IDS.rtb,
      vpcId: IDS.vpc,
      main: false,
      subnetIds: [IDS.subnet],
      routes: [
        { destination: '10.0.0.0/16', gatewayId: 'local', natGatewayId: null, state: 'active' },
        ...(o.routeToIgw === false
          ? []
          : [{ destination: '0.0.0.0/0', gatewayId: IDS.igw, natGatewayId: null, state: 'active' }]),
      ],
    },
    {
      uid: UIDS.rtb,
      name: IDS.rtb,
      relations: [
        { kind: 'in-vpc', target: UIDS.vpc },
        { kind: 'applies-to', target: UIDS.subnet },
      ],
    },
  );
  const subnet = assetOf(
    'aws.ec2.subnet',
    {
      subnetId: IDS.subnet,
      vpcId: IDS.vpc,
      cidrBlock: '10.0.1.0/24',
      availabilityZone: 'us-east-1a',
      mapPublicIpOnLaunch: true,
    },
    { uid: UIDS.subnet, name: IDS.subnet, relations: [{ kind: 'in-vpc', target: UIDS.vpc }] },
  );
  const acl =
    o.acl === null
      ? undefined
      : assetOf(
          'aws.ec2.network-acl',
          { ...allowAllAcl, ...o.acl },
          {
            uid: UIDS.acl,
            name: IDS.acl,
            relations: [
              { kind: 'in-vpc', target: UIDS.vpc },
              { kind: 'applies-to', target: UIDS.subnet },
            ],
          },
        );
  const sg = assetOf(
    'aws.ec2.security-group',
    { ...secureSecurityGroup, ingress: o.sgIngress ?? [sshFromWorld] },
    { uid: UIDS.sg, name: 'web', relations: [{ kind: 'in-vpc', target: UIDS.vpc }] },
  );
  const instance = assetOf(
    'aws.ec2.instance',
    { ...secureInstance, publicIp: '203.0.113.10', ...o.instance },
    {
      uid: UIDS.instance,
      name: 'web-1',
      tags: o.instanceTags ?? {},
      relations: [
        { kind: 'uses-security-group', target: UIDS.sg },
        { kind: 'in-subnet', target: UIDS.subnet },
        { kind: 'in-vpc', target: UIDS.vpc },
        { kind: 'runs-as', target: `arn:aws:iam::${ACCOUNT}:instance-profile/app` },
      ],
    },
  );
  const role = assetOf(
    'aws.iam.role',
    o.roleAdmin
      ? { ...secureRole, inlinePolicies: [{ name: 'everything', document: fullAdmin }] }
      : secureRole,
    { uid: UIDS.role, name: 'app', region: 'global' },
  );
  const db = assetOf(
    'aws.rds.db-instance',
    { ...secureDbInstance, ...o.db },
    {
      uid: UIDS.db,
      name: 'orders',
      tags: o.dbTags ?? {},
      relations: [{ kind: 'uses-security-group', target: UIDS.sg }],
    },
  );
  const all: AnyAsset[] = [vpc, igw, rtb, subnet, ...(acl ? [acl] : []), sg, instance, role, db];
  return { vpc, igw, rtb, subnet, acl, sg, instance, role, db, all };
}
