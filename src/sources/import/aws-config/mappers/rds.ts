/**
 * AWS::RDS::DBInstance and AWS::RDS::DBSnapshot (camelCase, from the RDS API: `dBInstanceIdentifier`,
 * `iAMDatabaseAuthenticationEnabled`...). A snapshot's sharing is in its `restore` attribute, which AWS
 * Config records in `supplementaryConfiguration.DBSnapshotAttributes` (some records put it in the
 * configuration as `dBSnapshotAttributes`).
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { ec2Arn, isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, asStrings, kmsKeyOf, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

function rdsArn(item: ConfigItem, kind: 'db' | 'snapshot', id: string): string {
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

/** The snapshot attribute list, wherever this record keeps it; undefined when it has none. */
function snapshotAttributes(item: ConfigItem): unknown[] | undefined {
  const s = item.supplementary;
  const candidates = [
    prop(s, 'DBSnapshotAttributes'),
    prop(prop(s, 'DBSnapshotAttributesResult'), 'DBSnapshotAttributes'),
    prop(item.configuration, 'dBSnapshotAttributes'),
  ];
  for (const v of candidates) if (Array.isArray(v)) return v as unknown[];
  return undefined;
}

/** Values of the `restore` attribute: shared account ids, and `all` when public. */
function restoreValues(item: ConfigItem, c: SectionReader): unknown {
  const attrs = snapshotAttributes(item);
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
  return unknown('the AWS Config record has no supplementaryConfiguration.DBSnapshotAttributes');
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

export const rdsMappers: Record<string, ConfigItemMapper> = {
  'AWS::RDS::DBInstance': mapDbInstance,
  'AWS::RDS::DBSnapshot': mapDbSnapshot,
};
