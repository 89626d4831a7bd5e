/**
 * AWS::EC2::SecurityGroup, ::Instance, ::Volume, ::VPC and ::FlowLog. Configurations follow the EC2
 * API in camelCase. Security group permissions come in two generations: old records list CIDRs as
 * strings in `ipRanges`, newer ones add `ipv4Ranges: [{cidrIp}]` (usually repeating the same CIDRs);
 * both are read and merged.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { ec2Arn, ec2ArnOfId, isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asInt, asNumber, asString, at, kmsKeyOf, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** Region, account and partition of an item, for the ARNs of the resources it names by id. */
export function scopeOf(item: ConfigItem): { region: string; account: string; partition: string } {
  return { region: item.region, account: item.accountId, partition: partitionOfItem(item) };
}

const PROTOCOL_NUMBERS: Record<string, string> = {
  '-1': 'all',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

/** `-1` → `all`, `6` → `tcp`, `TCP` → `tcp`; other protocol numbers stay as they are. */
export function normaliseProtocol(v: unknown): string | undefined {
  const s = typeof v === 'number' ? String(v) : asString(v)?.trim().toLowerCase();
  if (s === undefined || s === '') return undefined;
  return PROTOCOL_NUMBERS[s] ?? s;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** One raw permission → the normalised shape (or the raw value, for the schema to reject). */
function permission(p: unknown): unknown {
  if (!isRecord(p)) return p;
  const protocol = normaliseProtocol(prop(p, 'ipProtocol'));
  if (protocol === undefined) return p;
  const ipv4 = [
    ...(Array.isArray(prop(p, 'ipRanges')) ? (prop(p, 'ipRanges') as unknown[]) : []).map((r) =>
      typeof r === 'string' ? r : asString(prop(r, 'cidrIp')),
    ),
    ...records(prop(p, 'ipv4Ranges')).map((r) => asString(prop(r, 'cidrIp'))),
  ].filter((c): c is string => c !== undefined);
  const ipv6 = [
    ...(Array.isArray(prop(p, 'ipv6Ranges')) ? (prop(p, 'ipv6Ranges') as unknown[]) : []).map((r) =>
      typeof r === 'string' ? r : asString(prop(r, 'cidrIpv6')),
    ),
  ].filter((c): c is string => c !== undefined);
  const groups = records(prop(p, 'userIdGroupPairs'))
    .map((g) => ({
      groupId: asString(prop(g, 'groupId')) ?? asString(prop(g, 'groupName')),
      userId: asString(prop(g, 'userId')) ?? null,
      vpcId: asString(prop(g, 'vpcId')) ?? null,
    }))
    .filter(
      (g): g is { groupId: string; userId: string | null; vpcId: string | null } => g.groupId !== undefined,
    );
  const prefixLists = (Array.isArray(prop(p, 'prefixListIds')) ? (prop(p, 'prefixListIds') as unknown[]) : [])
    .map((x) => (typeof x === 'string' ? x : asString(prop(x, 'prefixListId'))))
    .filter((x): x is string => x !== undefined);
  const all = protocol === 'all';
  return {
    protocol,
    fromPort: all ? 0 : (asInt(prop(p, 'fromPort')) ?? null),
    toPort: all ? 65535 : (asInt(prop(p, 'toPort')) ?? null),
    ipv4Ranges: unique(ipv4),
    ipv6Ranges: unique(ipv6),
    securityGroups: groups,
    prefixListIds: unique(prefixLists),
  };
}

function permissions(c: SectionReader, path: string): unknown {
  const v = c.get(path);
  if (v === undefined) return c.missing(path);
  // A group with no rules in one direction is recorded as null or [] depending on the API generation.
  if (v === null) return [];
  return Array.isArray(v) ? v.map(permission) : v;
}

function candidate(
  type: string,
  item: ConfigItem,
  source: SourceRef,
  uid: string,
  config: Record<string, unknown>,
  relations: Relation[],
): MappedCandidate {
  return { type, candidate: candidateFromItem(item, source, uid, config, relations) };
}

/** A relation to an EC2 resource named by id, when the id is a string. */
function ec2Relation(item: ConfigItem, kind: string, type: string, id: unknown): Relation[] {
  return typeof id === 'string' && id !== '' ? [{ kind, target: ec2Arn(scopeOf(item), type, id) }] : [];
}

export function mapSecurityGroup(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const groupId = asString(c.get('groupId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'security-group', groupId);
  const config = {
    groupId,
    groupName: c.required('groupName', asString),
    description: c.nullable('description', asString),
    vpcId: c.nullable('vpcId', asString),
    ingress: permissions(c, 'ipPermissions'),
    egress: permissions(c, 'ipPermissionsEgress'),
  };
  const out = candidate(
    'aws.ec2.security-group',
    item,
    source,
    uid,
    config,
    ec2Relation(item, 'in-vpc', 'vpc', c.get('vpcId')),
  );
  if (item.resourceName === undefined && typeof config.groupName === 'string') {
    out.candidate.name = config.groupName;
  }
  return [out];
}

/** The instance's public IPv4: `publicIpAddress`, else what its network interfaces say. */
function publicIp(c: SectionReader): unknown {
  const direct = c.get('publicIpAddress');
  if (direct !== undefined) return direct === '' ? null : direct;
  const enis = c.get('networkInterfaces');
  if (!Array.isArray(enis)) return c.missing('publicIpAddress');
  for (const eni of records(enis)) {
    const ip = asString(at(eni, 'association.publicIp'));
    if (ip) return ip;
  }
  return null;
}

function metadataOptions(c: SectionReader): unknown {
  const m = c.get('metadataOptions');
  if (m === undefined) return c.missing('metadataOptions');
  if (!isRecord(m)) return m;
  const sub = new SectionReader(m, 'configuration.metadataOptions');
  return {
    httpTokens: sub.required('httpTokens', asString),
    httpEndpoint: sub.required('httpEndpoint', asString),
    httpPutResponseHopLimit: sub.nullable('httpPutResponseHopLimit', asInt),
  };
}

/** `state: {name: 'running'}`, `state: {value: 'running'}` or `state: 'running'`. */
function stateName(c: SectionReader): unknown {
  const s = c.get('state');
  if (s === undefined) return c.missing('state');
  if (typeof s === 'string') return s;
  return asString(prop(s, 'name')) ?? asString(prop(s, 'value')) ?? s;
}

/**
 * The time in a state transition reason (`User initiated (2026-01-01 12:00:00 GMT)`) as ISO text; null
 * when the reason (empty for a running instance) names no time.
 */
export function transitionTime(reason: unknown): unknown {
  if (reason === null || reason === '') return null;
  if (typeof reason !== 'string') return reason;
  const m = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/.exec(reason);
  return m === null ? null : `${m[1]}T${m[2]}Z`;
}

export function mapInstance(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const instanceId = asString(c.get('instanceId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'instance', instanceId);
  const securityGroupIds = c.list('securityGroups', (items) =>
    items.map((g) => asString(prop(g, 'groupId'))).filter((id): id is string => id !== undefined),
  );
  const profile = c.get('iamInstanceProfile');
  const config = {
    instanceId,
    state: stateName(c),
    instanceType: c.required('instanceType', asString),
    publicIp: publicIp(c),
    privateIp: c.nullable('privateIpAddress', asString),
    metadataOptions: metadataOptions(c),
    securityGroupIds,
    subnetId: c.nullable('subnetId', asString),
    vpcId: c.nullable('vpcId', asString),
    iamInstanceProfileArn:
      profile === undefined
        ? c.missing('iamInstanceProfile')
        : profile === null
          ? null
          : (asString(prop(profile, 'arn')) ?? c.missing('iamInstanceProfile.arn')),
    keyName: c.nullable('keyName', asString),
    imageId: c.required('imageId', asString),
    networkInterfaceIds: c.list('networkInterfaces', (items) =>
      items
        .map((e) => asString(prop(e, 'networkInterfaceId')))
        .filter((id): id is string => id !== undefined),
    ),
    virtualizationType: c.required('virtualizationType', asString),
    stateTransitionTime: c.has('stateTransitionReason')
      ? transitionTime(c.get('stateTransitionReason'))
      : c.missing('stateTransitionReason'),
  };
  const relations: Relation[] = [
    ...(Array.isArray(securityGroupIds) ? securityGroupIds : []).flatMap((id: unknown) =>
      ec2Relation(item, 'uses-security-group', 'security-group', id),
    ),
    ...ec2Relation(item, 'in-subnet', 'subnet', c.get('subnetId')),
    ...ec2Relation(item, 'in-vpc', 'vpc', c.get('vpcId')),
  ];
  if (typeof config.iamInstanceProfileArn === 'string') {
    relations.push({ kind: 'runs-as', target: config.iamInstanceProfileArn });
  }
  return [candidate('aws.ec2.instance', item, source, uid, config, relations)];
}

export function mapVolume(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const volumeId = asString(c.get('volumeId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'volume', volumeId);
  const attachments = c.list('attachments', (items) =>
    items.map((a) => ({
      instanceId: prop(a, 'instanceId'),
      device: asString(prop(a, 'device')) ?? null,
      state: asString(prop(a, 'state')) ?? null,
      deleteOnTermination: asBool(prop(a, 'deleteOnTermination')) ?? null,
    })),
  );
  const config = {
    volumeId,
    encrypted: c.required('encrypted', asBool),
    kmsKeyId: kmsKeyOf(c, 'encrypted'),
    state: stateName(c),
    volumeType: c.required('volumeType', asString),
    sizeGiB: c.required('size', asNumber),
    snapshotId: c.nullable('snapshotId', (v) => (v === '' ? null : asString(v))),
    attachments,
  };
  const relations: Relation[] = [];
  if (Array.isArray(attachments)) {
    for (const a of attachments as { instanceId: unknown }[]) {
      relations.push(...ec2Relation(item, 'attached-to', 'instance', a.instanceId));
    }
  }
  if (isKmsKeyArn(asString(config.kmsKeyId))) {
    relations.push({ kind: 'encrypted-by', target: config.kmsKeyId as string });
  }
  return [candidate('aws.ec2.volume', item, source, uid, config, relations)];
}

export function mapVpc(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const vpcId = asString(c.get('vpcId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'vpc', vpcId);
  const primary = c.nullable('cidrBlock', asString);
  const assoc = c.get('cidrBlockAssociationSet');
  // Only associations still in force count; disassociated CIDRs linger in the set for a while.
  const live = (a: Record<string, unknown>, stateKey: string) => {
    const state = asString(at(a, `${stateKey}.state`));
    return state === undefined || state === 'associated' || state === 'associating';
  };
  const cidrBlocks = Array.isArray(assoc)
    ? records(assoc)
        .filter((a) => live(a, 'cidrBlockState'))
        .map((a) => asString(prop(a, 'cidrBlock')))
        .filter((x): x is string => x !== undefined)
    : typeof primary === 'string'
      ? [primary]
      : c.missing('cidrBlockAssociationSet');
  const v6 = c.get('ipv6CidrBlockAssociationSet');
  const ipv6CidrBlocks =
    v6 === undefined
      ? c.missing('ipv6CidrBlockAssociationSet')
      : v6 === null
        ? []
        : records(v6)
            .filter((a) => live(a, 'ipv6CidrBlockState'))
            .map((a) => asString(prop(a, 'ipv6CidrBlock')))
            .filter((x): x is string => x !== undefined);
  const config = {
    vpcId,
    isDefault: c.required('isDefault', asBool),
    cidrBlock: primary,
    cidrBlocks,
    ipv6CidrBlocks,
    state: stateName(c),
  };
  return [candidate('aws.ec2.vpc', item, source, uid, config, [])];
}

export function mapFlowLog(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const flowLogId = asString(c.get('flowLogId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'vpc-flow-log', flowLogId);
  const resourceId = c.required('resourceId', asString);
  const logGroup = asString(c.get('logGroupName'));
  const destinationType = c.has('logDestinationType')
    ? c.required('logDestinationType', asString)
    : // Flow logs from before S3 delivery existed name only a log group: CloudWatch Logs is implied.
      logGroup !== undefined
      ? 'cloud-watch-logs'
      : c.missing('logDestinationType');
  const destination = asString(c.get('logDestination')) ?? logGroup;
  const config = {
    flowLogId,
    resourceId,
    trafficType: c.nullable('trafficType', asString),
    status: c.required('flowLogStatus', asString),
    deliverLogsStatus: c.nullable('deliverLogsStatus', asString),
    destinationType,
    destination:
      destination ?? (c.has('logDestination') || c.has('logGroupName') ? null : c.missing('logDestination')),
  };
  const relations: Relation[] = [];
  const target = typeof resourceId === 'string' ? ec2ArnOfId(scopeOf(item), resourceId) : undefined;
  if (target !== undefined) relations.push({ kind: 'logs', target });
  return [candidate('aws.ec2.flow-log', item, source, uid, config, relations)];
}

export const ec2Mappers: Record<string, ConfigItemMapper> = {
  'AWS::EC2::SecurityGroup': mapSecurityGroup,
  'AWS::EC2::Instance': mapInstance,
  'AWS::EC2::Volume': mapVolume,
  'AWS::EC2::VPC': mapVpc,
  'AWS::EC2::FlowLog': mapFlowLog,
};
