/** The VPC routing mappers on AWS Config's EC2 API shapes: route tables, ACL entries, gateways, EIPs. */
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset, SourceRef } from '../../../../model/asset.js';
import { isUnknown } from '../../../../model/unknown.js';
import { normaliseItem } from '../item.js';
import { CONFIG_MAPPERS } from './index.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const SOURCE: SourceRef = { kind: 'import', format: 'test', file: 'test.json', position: 'item' };
const ec2 = (type: string, id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:${type}/${id}`;

function mapOne(raw: Record<string, unknown>): AnyAsset {
  const item = normaliseItem({ accountId: ACCOUNT, awsRegion: REGION, ...raw });
  if (typeof item === 'string') throw new Error(item);
  const out = CONFIG_MAPPERS[item.resourceType]!(item, SOURCE);
  expect(out).toHaveLength(1);
  const { asset, warnings } = buildAsset(assetTypeDef(out[0]!.type)!, out[0]!.candidate);
  expect(warnings).toEqual([]);
  return asset;
}

describe('AWS::EC2::RouteTable', () => {
  it('reads routes and explicit subnet associations, and links the internet gateway', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::RouteTable',
      resourceId: 'rtb-1',
      configuration: {
        routeTableId: 'rtb-1',
        vpcId: 'vpc-1',
        routes: [
          {
            destinationCidrBlock: '10.0.0.0/16',
            gatewayId: 'local',
            state: 'active',
            origin: 'CreateRouteTable',
          },
          { destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' },
          { destinationIpv6CidrBlock: '::/0', natGatewayId: 'nat-1', state: 'blackhole' },
        ],
        associations: [
          { main: false, subnetId: 'subnet-1', routeTableId: 'rtb-1', routeTableAssociationId: 'rtbassoc-1' },
        ],
      },
    });
    expect(a.uid).toBe(ec2('route-table', 'rtb-1'));
    expect(a.config).toMatchObject({
      main: false,
      subnetIds: ['subnet-1'],
      routes: [
        { destination: '10.0.0.0/16', gatewayId: 'local', natGatewayId: null, state: 'active' },
        { destination: '0.0.0.0/0', gatewayId: 'igw-1', natGatewayId: null, state: 'active' },
        { destination: '::/0', gatewayId: null, natGatewayId: 'nat-1', state: 'blackhole' },
      ],
    });
    expect(a.relations).toEqual([
      { kind: 'in-vpc', target: ec2('vpc', 'vpc-1') },
      { kind: 'applies-to', target: ec2('subnet', 'subnet-1') },
      { kind: 'routes-to', target: ec2('internet-gateway', 'igw-1') },
    ]);
  });

  it('records routes it was not given as unknown, never as "no routes"', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::RouteTable',
      resourceId: 'rtb-2',
      configuration: { vpcId: 'vpc-1' },
    });
    expect(isUnknown(a.config.routes)).toBe(true);
    expect(isUnknown(a.config.main)).toBe(true);
  });
});

describe('AWS::EC2::NetworkAcl', () => {
  it('normalises entries: protocol numbers, actions, port ranges only for tcp/udp', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::NetworkAcl',
      resourceId: 'acl-1',
      configuration: {
        networkAclId: 'acl-1',
        vpcId: 'vpc-1',
        isDefault: true,
        entries: [
          {
            ruleNumber: 100,
            protocol: '6',
            ruleAction: 'allow',
            egress: false,
            cidrBlock: '0.0.0.0/0',
            portRange: { from: 22, to: 22 },
          },
          { ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', egress: false, cidrBlock: '0.0.0.0/0' },
          { ruleNumber: 100, protocol: '-1', ruleAction: 'allow', egress: true, ipv6CidrBlock: '::/0' },
        ],
        associations: [
          { networkAclAssociationId: 'aclassoc-1', networkAclId: 'acl-1', subnetId: 'subnet-1' },
        ],
      },
    });
    expect(a.config.entries).toEqual([
      {
        ruleNumber: 100,
        protocol: 'tcp',
        action: 'allow',
        egress: false,
        cidr: '0.0.0.0/0',
        fromPort: 22,
        toPort: 22,
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
      {
        ruleNumber: 100,
        protocol: 'all',
        action: 'allow',
        egress: true,
        cidr: '::/0',
        fromPort: null,
        toPort: null,
      },
    ]);
    expect(a.config.subnetIds).toEqual(['subnet-1']);
  });
});

describe('AWS::EC2::InternetGateway and ::EIP', () => {
  it('keeps attached VPCs and links an Elastic IP to its instance', () => {
    const igw = mapOne({
      resourceType: 'AWS::EC2::InternetGateway',
      resourceId: 'igw-1',
      configuration: {
        internetGatewayId: 'igw-1',
        attachments: [
          { state: 'available', vpcId: 'vpc-1' },
          { state: 'detached', vpcId: 'vpc-2' },
        ],
      },
    });
    expect(igw.config.vpcIds).toEqual(['vpc-1']);
    const eip = mapOne({
      resourceType: 'AWS::EC2::EIP',
      resourceId: 'eipalloc-1',
      configuration: {
        allocationId: 'eipalloc-1',
        publicIp: '198.51.100.7',
        instanceId: 'i-1',
        networkInterfaceId: 'eni-1',
        domain: 'vpc',
      },
    });
    expect(eip.relations).toEqual([{ kind: 'attached-to', target: ec2('instance', 'i-1') }]);
    expect(eip.config.publicIp).toBe('198.51.100.7');
  });
});
