/**
 * AWS::EC2::NetworkInterface, ::VPCEndpoint, ::VPNConnection, ::ClientVpnEndpoint and
 * AWS::SSM::ManagedInstanceInventory. The EC2 types follow the EC2 API in camelCase, except the
 * Client VPN endpoint, which Config records in the CloudFormation spelling (`ConnectionLogOptions.Enabled`);
 * lookups ignore case, so live (camelCased API) records read alike. A managed instance inventory item
 * only says that SSM manages the instance (its resource id).
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { ec2Arn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asString, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `state: 'available'`, `state: {value: 'available'}` or `{name: ...}`. */
function stateOf(c: SectionReader, path = 'state'): unknown {
  const s = c.get(path);
  if (s === undefined) return c.missing(path);
  if (typeof s === 'string') return s;
  return asString(prop(s, 'value')) ?? asString(prop(s, 'name')) ?? asString(prop(s, 'code')) ?? s;
}

function vpcRelation(item: ConfigItem, vpcId: unknown): Relation[] {
  return typeof vpcId === 'string' && vpcId !== ''
    ? [{ kind: 'in-vpc', target: ec2Arn(scopeOf(item), 'vpc', vpcId) }]
    : [];
}

export function mapNetworkInterface(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('networkInterfaceId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'network-interface', id);
  const groups = c.list('groups', (items) =>
    items.map((g) => asString(prop(g, 'groupId'))).filter((g): g is string => g !== undefined),
  );
  const attachment = c.get('attachment');
  const config = {
    networkInterfaceId: id,
    securityGroupIds: groups,
    instanceId: asString(prop(attachment, 'instanceId')) ?? null,
    interfaceType: c.nullable('interfaceType', asString),
    status: c.required('status', asString),
    vpcId: c.nullable('vpcId', asString),
  };
  const relations: Relation[] = [
    ...(Array.isArray(groups) ? (groups as string[]) : []).map((g) => ({
      kind: 'uses-security-group',
      target: ec2Arn(scopeOf(item), 'security-group', g),
    })),
    ...vpcRelation(item, c.get('vpcId')),
  ];
  return [
    { type: 'aws.ec2.network-interface', candidate: candidateFromItem(item, source, uid, config, relations) },
  ];
}

export function mapVpcEndpoint(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('vpcEndpointId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'vpc-endpoint', id);
  const config = {
    vpcEndpointId: id,
    vpcId: c.required('vpcId', asString),
    serviceName: c.required('serviceName', asString),
    vpcEndpointType: c.required('vpcEndpointType', asString),
    state: stateOf(c),
  };
  return [
    {
      type: 'aws.ec2.vpc-endpoint',
      candidate: candidateFromItem(item, source, uid, config, vpcRelation(item, c.get('vpcId'))),
    },
  ];
}

export function mapVpnConnection(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('vpnConnectionId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'vpn-connection', id);
  const config = {
    vpnConnectionId: id,
    state: stateOf(c),
    tunnels: c.list('vgwTelemetry', (items) =>
      items.map((t) => ({
        outsideIpAddress: asString(prop(t, 'outsideIpAddress')) ?? null,
        status: prop(t, 'status'),
      })),
    ),
  };
  return [{ type: 'aws.ec2.vpn-connection', candidate: candidateFromItem(item, source, uid, config, []) }];
}

export function mapClientVpnEndpoint(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('clientVpnEndpointId')) ?? asString(c.get('id')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'client-vpn-endpoint', id);
  const config = {
    clientVpnEndpointId: id,
    connectionLogEnabled: c.required('connectionLogOptions.enabled', asBool),
  };
  return [
    {
      type: 'aws.ec2.client-vpn-endpoint',
      candidate: candidateFromItem(item, source, uid, config, vpcRelation(item, c.get('vpcId'))),
    },
  ];
}

/** The managed instance's ping status, where the inventory's `AWS:InstanceInformation` content says it. */
function pingStatus(item: ConfigItem): string | null {
  const content = prop(prop(item.configuration, 'AWS:InstanceInformation'), 'Content');
  for (const entry of records(Object.values((content as Record<string, unknown> | undefined) ?? {}))) {
    const s = asString(prop(entry, 'InstanceStatus')) ?? asString(prop(entry, 'pingStatus'));
    if (s !== undefined) return s;
  }
  return asString(prop(item.configuration, 'pingStatus')) ?? null;
}

export function mapManagedInstanceInventory(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const instanceId = item.resourceId;
  const { region, account } = scopeOf(item);
  const uid =
    item.arn ??
    `arn:${partitionOfItem(item)}:ssm:${region}:${account}:managed-instance-inventory/${instanceId}`;
  const config = { instanceId, pingStatus: pingStatus(item) };
  const relations: Relation[] = instanceId.startsWith('i-')
    ? [{ kind: 'manages', target: ec2Arn(scopeOf(item), 'instance', instanceId) }]
    : [];
  const candidate = candidateFromItem(item, source, uid, config, relations);
  candidate.name = instanceId;
  return [{ type: 'aws.ssm.managed-instance', candidate }];
}

export const ec2NetworkMappers: Record<string, ConfigItemMapper> = {
  'AWS::EC2::NetworkInterface': mapNetworkInterface,
  'AWS::EC2::VPCEndpoint': mapVpcEndpoint,
  'AWS::EC2::VPNConnection': mapVpnConnection,
  'AWS::EC2::ClientVpnEndpoint': mapClientVpnEndpoint,
  'AWS::SSM::ManagedInstanceInventory': mapManagedInstanceInventory,
};
