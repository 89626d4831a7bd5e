/**
 * ElastiCache cache clusters and replication groups, in the ElastiCache API's spelling (camelCase
 * after the live collector's shaping). AWS Config's resource types do not include them, so only the
 * live collector produces these items; the types below name what the API describes.
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asInt, asString, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

const arnOf = (item: ConfigItem, kind: string, id: string) =>
  item.arn ?? `arn:${partitionOfItem(item)}:elasticache:${item.region}:${item.accountId}:${kind}:${id}`;

export function mapCacheCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('cacheClusterId')) ?? item.resourceId;
  const config = {
    cacheClusterId: id,
    engine: c.required('engine', asString),
    engineVersion: c.nullable('engineVersion', asString),
    snapshotRetentionLimit: c.nullable('snapshotRetentionLimit', asInt),
    autoMinorVersionUpgrade: c.required('autoMinorVersionUpgrade', asBool),
    cacheSubnetGroupName: c.nullable('cacheSubnetGroupName', asString),
    replicationGroupId: c.nullable('replicationGroupId', asString),
  };
  const base = candidateFromItem(item, source, arnOf(item, 'cluster', id), config, []);
  return [{ type: 'aws.elasticache.cluster', candidate: base }];
}

export function mapReplicationGroup(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('replicationGroupId')) ?? item.resourceId;
  const config = {
    replicationGroupId: id,
    engineVersion: c.nullable('engineVersion', asString),
    automaticFailover: c.required('automaticFailover', asString),
    atRestEncryption: c.required('atRestEncryptionEnabled', asBool),
    transitEncryption: c.required('transitEncryptionEnabled', asBool),
    authTokenEnabled: c.required('authTokenEnabled', asBool),
    snapshotRetentionLimit: c.nullable('snapshotRetentionLimit', asInt),
  };
  const base = candidateFromItem(item, source, arnOf(item, 'replicationgroup', id), config, []);
  return [{ type: 'aws.elasticache.replication-group', candidate: base }];
}

export const elastiCacheMappers: Record<string, ConfigItemMapper> = {
  'AWS::ElastiCache::CacheCluster': mapCacheCluster,
  'AWS::ElastiCache::ReplicationGroup': mapReplicationGroup,
};
