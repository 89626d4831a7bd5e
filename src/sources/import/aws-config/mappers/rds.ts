/**
 * AWS::RDS::DBInstance, ::DBSnapshot, ::DBCluster, ::DBClusterSnapshot and ::EventSubscription
 * (camelCase, from the RDS API: `dBInstanceIdentifier`, `iAMDatabaseAuthenticationEnabled`...; the
 * resource schemas also spell cluster fields `dbclusterIdentifier`, which the case-blind reads cover).
 * A snapshot's sharing is in its `restore` attribute, which AWS Config records in
 * `supplementaryConfiguration.DBSnapshotAttributes` / `DBClusterSnapshotAttributes` (some records put it
 * in the configuration as `dBSnapshotAttributes`). DocumentDB and Neptune clusters arrive as DBCluster
 * records with engine `docdb` / `neptune`.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { ec2Arn, isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import { clusterFamily, isOnValue, tlsParameterOf } from '../../../../inventory/aws/rds.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, asStrings, kmsKeyOf, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

function rdsArn(
  item: ConfigItem,
  kind: 'db' | 'snapshot' | 'cluster' | 'cluster-snapshot' | 'es',
  id: string,
): string {
  return `arn:${partitionOfItem(item)}:rds:${item.region}:${item.accountId}:${kind}:${id}`;
}

/** The port from `endpoint.port`, else `dbInstancePort` (which AWS reports as 0 when it is not set). */
function port(c: SectionReader): unknown {
  const endpointPort = asInt(c.get('endpoint.port'));
  if (endpointPort !== undefined) return endpointPort;
  const p = asInt(c.get('dbInstancePort'));
  if (p !== undefined && p > 0) return p;
  if (c.has('endpoint') || c.has('dbInstancePort')) return null;
  return c.missing('endpoint.port');
}

/**
 * The TLS requirement from the instance's parameter group. AWS Config records which group an instance
 * uses but not its values; a live scan adds `supplementaryConfiguration.DBParameters` (the relevant
 * parameter of that group, as DescribeDBParameters returns it).
 */
function requireTls(item: ConfigItem, c: SectionReader): unknown {
  const engine = asString(c.get('engine'));
  if (engine === undefined) return c.missing('engine');
  const name = tlsParameterOf(engine);
  if (name === undefined) return null;
  const params = prop(item.supplementary, 'DBParameters');
  if (!Array.isArray(params))
    return unknown('AWS Config does not record DB parameter group values (DescribeDBParameters)');
  const param = records(params).find((p) => asString(prop(p, 'parameterName')) === name);
  // A parameter without a value is at the engine default, which is off for both parameters.
  const value = asString(prop(param, 'parameterValue'));
  return value !== undefined && isOnValue(value);
}

export function mapDbInstance(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const identifier = asString(c.get('dBInstanceIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('dBInstanceArn')) ?? rdsArn(item, 'db', identifier);
  const vpcSecurityGroupIds = c.list('vpcSecurityGroups', (items) =>
    items.map((g) => asString(prop(g, 'vpcSecurityGroupId'))).filter((id): id is string => id !== undefined),
  );
  const config = {
    dbInstanceIdentifier: identifier,
    engine: c.required('engine', asString),
    engineVersion: c.nullable('engineVersion', asString),
    instanceClass: c.nullable('dBInstanceClass', asString),
    status: c.nullable('dBInstanceStatus', asString),
    publiclyAccessible: c.required('publiclyAccessible', asBool),
    storageEncrypted: c.required('storageEncrypted', asBool),
    kmsKeyId: kmsKeyOf(c, 'storageEncrypted'),
    backupRetentionPeriod: c.required('backupRetentionPeriod', asInt),
    autoMinorVersionUpgrade: c.required('autoMinorVersionUpgrade', asBool),
    port: port(c),
    vpcSecurityGroupIds,
    vpcId: c.has('dBSubnetGroup')
      ? (asString(c.get('dBSubnetGroup.vpcId')) ?? null)
      : c.missing('dBSubnetGroup'),
    multiAZ: c.required('multiAZ', asBool),
    deletionProtection: c.required('deletionProtection', asBool),
    iamDatabaseAuthenticationEnabled: c.required('iAMDatabaseAuthenticationEnabled', asBool),
    clusterIdentifier: c.nullable('dBClusterIdentifier', asString),
    monitoringInterval: c.required('monitoringInterval', asInt),
    enabledCloudwatchLogsExports: stringList(c, 'enabledCloudwatchLogsExports'),
    copyTagsToSnapshot: c.required('copyTagsToSnapshot', asBool),
    masterUsername: c.nullable('masterUsername', asString),
    requireTls: requireTls(item, c),
  };
  const scope = scopeOf(item);
  const relations: Relation[] = [];
  if (Array.isArray(vpcSecurityGroupIds)) {
    for (const id of vpcSecurityGroupIds as unknown[]) {
      if (typeof id === 'string') {
        relations.push({ kind: 'uses-security-group', target: ec2Arn(scope, 'security-group', id) });
      }
    }
  }
  if (isKmsKeyArn(asString(config.kmsKeyId))) {
    relations.push({ kind: 'encrypted-by', target: config.kmsKeyId as string });
  }
  if (typeof config.vpcId === 'string') {
    relations.push({ kind: 'in-vpc', target: ec2Arn(scope, 'vpc', config.vpcId) });
  }
  return [
    { type: 'aws.rds.db-instance', candidate: candidateFromItem(item, source, uid, config, relations) },
  ];
}

/** A list of strings (`["a"]` or `[{value: "a"}]`): a gap when absent, empty when null. */
function stringList(c: SectionReader, path: string): unknown {
  const v = c.get(path);
  if (v === undefined) return c.missing(path);
  if (v === null) return [];
  if (!Array.isArray(v)) return v;
  return v
    .map((x: unknown) => (typeof x === 'string' ? x : asString(prop(x, 'value'))))
    .filter((x): x is string => x !== undefined);
}

/** The snapshot attribute list, wherever this record keeps it; undefined when it has none. */
function snapshotAttributes(
  item: ConfigItem,
  kind: 'DBSnapshot' | 'DBClusterSnapshot',
): unknown[] | undefined {
  const s = item.supplementary;
  const candidates = [
    prop(s, `${kind}Attributes`),
    prop(prop(s, `${kind}AttributesResult`), `${kind}Attributes`),
    prop(item.configuration, `${kind}Attributes`),
  ];
  for (const v of candidates) if (Array.isArray(v)) return v as unknown[];
  return undefined;
}

/** Values of the `restore` attribute: shared account ids, and `all` when public. */
function restoreValues(
  item: ConfigItem,
  c: SectionReader,
  kind: 'DBSnapshot' | 'DBClusterSnapshot' = 'DBSnapshot',
): unknown {
  const attrs = snapshotAttributes(item, kind);
  if (attrs !== undefined) {
    const restore = records(attrs).find((a) => asString(prop(a, 'attributeName')) === 'restore');
    // The list names every attribute that is set; no `restore` entry means the snapshot is not shared.
    if (restore === undefined) return [];
    const values = prop(restore, 'attributeValues');
    if (values === null || values === undefined) return [];
    const list = asStrings(values);
    return list === undefined ? values : [...new Set(list)];
  }
  // Automated snapshots cannot be shared (AWS requires copying them to a manual snapshot first).
  if (asString(c.get('snapshotType')) === 'automated') return [];
  if (item.supplementary === undefined) return unknown(NOT_IN_RECORD('supplementaryConfiguration'));
  return unknown(`the AWS Config record has no supplementaryConfiguration.${kind}Attributes`);
}

export function mapDbSnapshot(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const identifier = asString(c.get('dBSnapshotIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('dBSnapshotArn')) ?? rdsArn(item, 'snapshot', identifier);
  const config = {
    snapshotIdentifier: identifier,
    snapshotType: c.nullable('snapshotType', asString),
    encrypted: c.required('encrypted', asBool),
    kmsKeyId: kmsKeyOf(c, 'encrypted'),
    engine: c.required('engine', asString),
    sourceDbInstanceIdentifier: c.nullable('dBInstanceIdentifier', asString),
    restoreAttributeValues: restoreValues(item, c),
    vpcId: c.nullable('vpcId', asString),
  };
  const relations: Relation[] = [];
  if (isKmsKeyArn(asString(config.kmsKeyId))) {
    relations.push({ kind: 'encrypted-by', target: config.kmsKeyId as string });
  }
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = identifier;
  return [{ type: 'aws.rds.db-snapshot', candidate: base }];
}

/**
 * A cluster's automatic minor upgrades: only Multi-AZ DB clusters carry the setting (Aurora, DocumentDB
 * and Neptune set it per instance), so its absence there is a known "not on the cluster".
 */
function clusterAutoMinorUpgrade(c: SectionReader, engine: unknown): unknown {
  if (c.has('autoMinorVersionUpgrade')) return c.nullable('autoMinorVersionUpgrade', asBool);
  if (typeof engine === 'string' && clusterFamily(engine) !== 'rds') return null;
  return c.missing('autoMinorVersionUpgrade');
}

export function mapDbCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const identifier = asString(c.get('dBClusterIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('dBClusterArn')) ?? rdsArn(item, 'cluster', identifier);
  const engine = c.required('engine', asString);
  const vpcSecurityGroupIds = c.list('vpcSecurityGroups', (items) =>
    items.map((g) => asString(prop(g, 'vpcSecurityGroupId'))).filter((id): id is string => id !== undefined),
  );
  const config = {
    dbClusterIdentifier: identifier,
    engine,
    engineVersion: c.nullable('engineVersion', asString),
    engineMode: c.has('engineMode') ? c.nullable('engineMode', asString) : null,
    status: c.nullable('status', asString),
    storageEncrypted: c.required('storageEncrypted', asBool),
    kmsKeyId: kmsKeyOf(c, 'storageEncrypted'),
    backupRetentionPeriod: c.required('backupRetentionPeriod', asInt),
    deletionProtection: c.required('deletionProtection', asBool),
    iamDatabaseAuthenticationEnabled: c.required('iAMDatabaseAuthenticationEnabled', asBool),
    multiAZ: c.required('multiAZ', asBool),
    availabilityZones: stringList(c, 'availabilityZones'),
    copyTagsToSnapshot: c.required('copyTagsToSnapshot', asBool),
    enabledCloudwatchLogsExports: stringList(c, 'enabledCloudwatchLogsExports'),
    masterUsername: c.nullable('masterUsername', asString),
    // The API leaves BacktrackWindow out when backtracking is off.
    backtrackWindow: c.has('backtrackWindow') ? c.nullable('backtrackWindow', asInt) : null,
    autoMinorVersionUpgrade: clusterAutoMinorUpgrade(c, engine),
    port: c.nullable('port', asInt),
    vpcSecurityGroupIds,
    members: c.list('dBClusterMembers', (items) =>
      items
        .map((m) => asString(prop(m, 'dBInstanceIdentifier')))
        .filter((id): id is string => id !== undefined),
    ),
  };
  const scope = scopeOf(item);
  const relations: Relation[] = [];
  if (Array.isArray(vpcSecurityGroupIds)) {
    for (const id of vpcSecurityGroupIds as unknown[]) {
      if (typeof id === 'string') {
        relations.push({ kind: 'uses-security-group', target: ec2Arn(scope, 'security-group', id) });
      }
    }
  }
  if (isKmsKeyArn(asString(config.kmsKeyId))) {
    relations.push({ kind: 'encrypted-by', target: config.kmsKeyId as string });
  }
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = identifier;
  return [{ type: 'aws.rds.db-cluster', candidate: base }];
}

export function mapDbClusterSnapshot(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const identifier = asString(c.get('dBClusterSnapshotIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ?? asString(c.get('dBClusterSnapshotArn')) ?? rdsArn(item, 'cluster-snapshot', identifier);
  const config = {
    snapshotIdentifier: identifier,
    snapshotType: c.nullable('snapshotType', asString),
    engine: c.required('engine', asString),
    storageEncrypted: c.required('storageEncrypted', asBool),
    kmsKeyId: kmsKeyOf(c, 'storageEncrypted'),
    sourceDbClusterIdentifier: c.nullable('dBClusterIdentifier', asString),
    restoreAttributeValues: restoreValues(item, c, 'DBClusterSnapshot'),
    vpcId: c.has('vpcId') ? c.nullable('vpcId', asString) : null,
  };
  const relations: Relation[] = [];
  if (isKmsKeyArn(asString(config.kmsKeyId))) {
    relations.push({ kind: 'encrypted-by', target: config.kmsKeyId as string });
  }
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = identifier;
  return [{ type: 'aws.rds.db-cluster-snapshot', candidate: base }];
}

export function mapEventSubscription(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const identifier = asString(c.get('custSubscriptionId')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('eventSubscriptionArn')) ?? rdsArn(item, 'es', identifier);
  const config = {
    subscriptionId: identifier,
    enabled: c.required('enabled', asBool),
    // The API leaves SourceType out of a subscription to every source type.
    sourceType: c.has('sourceType') ? c.nullable('sourceType', asString) : null,
    eventCategories: c.has('eventCategoriesList') ? stringList(c, 'eventCategoriesList') : [],
    sourceIds: c.has('sourceIdsList') ? stringList(c, 'sourceIdsList') : [],
    snsTopicArn: c.nullable('snsTopicArn', asString),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = identifier;
  return [{ type: 'aws.rds.event-subscription', candidate: base }];
}

export const rdsMappers: Record<string, ConfigItemMapper> = {
  'AWS::RDS::DBInstance': mapDbInstance,
  'AWS::RDS::DBSnapshot': mapDbSnapshot,
  'AWS::RDS::DBCluster': mapDbCluster,
  'AWS::RDS::DBClusterSnapshot': mapDbClusterSnapshot,
  'AWS::RDS::EventSubscription': mapEventSubscription,
};
