/**
 * AWS::EC2::Subnet, ::RouteTable, ::InternetGateway, ::NetworkAcl and ::EIP: the pieces of a VPC that
 * decide whether an address is reachable from the internet. Configurations follow the EC2 API in
 * camelCase. Relations name the VPC (`in-vpc`), the subnets a table or ACL applies to (`applies-to`)
 * and the instance an Elastic IP is bound to (`attached-to`).
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { ec2Arn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { scopeOf, normaliseProtocol } from './ec2.js';
import { asBool, asInt, asString, at, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

function idRelation(item: ConfigItem, kind: string, type: string, id: unknown): Relation[] {
  return typeof id === 'string' && id !== '' ? [{ kind, target: ec2Arn(scopeOf(item), type, id) }] : [];
}

function mapped(
  type: string,
  item: ConfigItem,
  source: SourceRef,
  uid: string,
  config: Record<string, unknown>,
  relations: Relation[],
): MappedCandidate[] {
  return [{ type, candidate: candidateFromItem(item, source, uid, config, relations) }];
}

export function mapSubnet(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const subnetId = asString(c.get('subnetId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'subnet', subnetId);
  const config = {
    subnetId,
    vpcId: c.nullable('vpcId', asString),
    cidrBlock: c.nullable('cidrBlock', asString),
    availabilityZone:
      asString(c.get('availabilityZone')) ?? item.availabilityZone ?? c.missing('availabilityZone'),
    mapPublicIpOnLaunch: c.required('mapPublicIpOnLaunch', asBool),
  };
  return mapped(
    'aws.ec2.subnet',
    item,
    source,
    uid,
    config,
    idRelation(item, 'in-vpc', 'vpc', c.get('vpcId')),
  );
}

export function mapRouteTable(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const routeTableId = asString(c.get('routeTableId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'route-table', routeTableId);
  const routes = c.list('routes', (items) =>
    items.map((r) => ({
      destination:
        asString(prop(r, 'destinationCidrBlock')) ?? asString(prop(r, 'destinationIpv6CidrBlock')) ?? null,
      gatewayId: asString(prop(r, 'gatewayId')) ?? null,
      natGatewayId: asString(prop(r, 'natGatewayId')) ?? null,
      state: asString(prop(r, 'state')) ?? null,
    })),
  );
  const rawAssoc = c.get('associations');
  const assocs = Array.isArray(rawAssoc) ? records(rawAssoc) : [];
  const subnetIds =
    rawAssoc === undefined
      ? c.missing('associations')
      : assocs.map((a) => asString(prop(a, 'subnetId'))).filter((s): s is string => s !== undefined);
  const main =
    rawAssoc === undefined ? c.missing('associations') : assocs.some((a) => asBool(prop(a, 'main')) === true);
  const config = { routeTableId, vpcId: c.nullable('vpcId', asString), routes, subnetIds, main };
  const relations: Relation[] = [
    ...idRelation(item, 'in-vpc', 'vpc', c.get('vpcId')),
    ...(Array.isArray(subnetIds)
      ? subnetIds.flatMap((s) => idRelation(item, 'applies-to', 'subnet', s))
      : []),
  ];
  if (Array.isArray(routes)) {
    for (const r of routes as { gatewayId: unknown }[]) {
      if (typeof r.gatewayId === 'string' && r.gatewayId.startsWith('igw-'))
        relations.push(...idRelation(item, 'routes-to', 'internet-gateway', r.gatewayId));
    }
  }
  return mapped('aws.ec2.route-table', item, source, uid, config, relations);
}

export function mapInternetGateway(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const internetGatewayId = asString(c.get('internetGatewayId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'internet-gateway', internetGatewayId);
  const raw = c.get('attachments');
  const vpcIds =
    raw === undefined
      ? c.missing('attachments')
      : records(raw)
          .filter((a) => {
            const s = asString(prop(a, 'state'));
            return s === undefined || s === 'available' || s === 'attached';
          })
          .map((a) => asString(prop(a, 'vpcId')))
          .filter((v): v is string => v !== undefined);
  const relations = Array.isArray(vpcIds)
    ? vpcIds.flatMap((v) => idRelation(item, 'attached-to', 'vpc', v))
    : [];
  return mapped('aws.ec2.internet-gateway', item, source, uid, { internetGatewayId, vpcIds }, relations);
}

function naclEntry(e: Record<string, unknown>): unknown {
  const protocol = normaliseProtocol(prop(e, 'protocol'));
  const action = asString(prop(e, 'ruleAction'))?.toLowerCase();
  const ported = protocol === 'tcp' || protocol === 'udp';
  return {
    ruleNumber: asInt(prop(e, 'ruleNumber')) ?? prop(e, 'ruleNumber'),
    protocol: protocol ?? prop(e, 'protocol'),
    action: action ?? prop(e, 'ruleAction'),
    egress: asBool(prop(e, 'egress')) ?? prop(e, 'egress'),
    cidr: asString(prop(e, 'cidrBlock')) ?? asString(prop(e, 'ipv6CidrBlock')) ?? null,
    fromPort: ported ? (asInt(at(e, 'portRange.from')) ?? null) : null,
    toPort: ported ? (asInt(at(e, 'portRange.to')) ?? null) : null,
  };
}

export function mapNetworkAcl(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const networkAclId = asString(c.get('networkAclId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'network-acl', networkAclId);
  const raw = c.get('entries');
  const entries =
    raw === undefined ? c.missing('entries') : Array.isArray(raw) ? records(raw).map(naclEntry) : raw;
  const rawAssoc = c.get('associations');
  const subnetIds =
    rawAssoc === undefined
      ? c.missing('associations')
      : records(rawAssoc)
          .map((a) => asString(prop(a, 'subnetId')))
          .filter((s): s is string => s !== undefined);
  const config = {
    networkAclId,
    vpcId: c.nullable('vpcId', asString),
    isDefault: c.required('isDefault', asBool),
    entries,
    subnetIds,
  };
  const relations: Relation[] = [
    ...idRelation(item, 'in-vpc', 'vpc', c.get('vpcId')),
    ...(Array.isArray(subnetIds)
      ? subnetIds.flatMap((s) => idRelation(item, 'applies-to', 'subnet', s))
      : []),
  ];
  return mapped('aws.ec2.network-acl', item, source, uid, config, relations);
}

export function mapEip(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const allocationId = asString(c.get('allocationId')) ?? null;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'elastic-ip', allocationId ?? item.resourceId);
  const config = {
    publicIp: c.required('publicIp', asString),
    allocationId,
    instanceId: c.nullable('instanceId', asString),
    networkInterfaceId: c.nullable('networkInterfaceId', asString),
  };
  return mapped(
    'aws.ec2.eip',
    item,
    source,
    uid,
    config,
    idRelation(item, 'attached-to', 'instance', c.get('instanceId')),
  );
}

export const vpcRoutingMappers: Readonly<Record<string, ConfigItemMapper>> = {
  'AWS::EC2::Subnet': mapSubnet,
  'AWS::EC2::RouteTable': mapRouteTable,
  'AWS::EC2::InternetGateway': mapInternetGateway,
  'AWS::EC2::NetworkAcl': mapNetworkAcl,
  'AWS::EC2::EIP': mapEip,
};
