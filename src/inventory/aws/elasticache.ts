/**
 * ElastiCache cache clusters (nodes: backups, minor upgrades, subnet group) and replication groups
 * (failover, encryption, Redis AUTH). Read live only: AWS Config's resource types do not include them.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const elastiCacheCluster = defineAssetType({
  type: 'aws.elasticache.cluster',
  provider: 'aws',
  title: 'ElastiCache cache cluster',
  config: z.object({
    cacheClusterId: z.string(),
    /** `redis`, `valkey` or `memcached`. */
    engine: maybe(z.string()),
    engineVersion: maybe(z.string().nullable()),
    /** Days automatic backups are kept; 0 means they are off (Redis OSS and Valkey only). */
    snapshotRetentionLimit: maybe(z.number().int().nullable()),
    autoMinorVersionUpgrade: maybe(z.boolean()),
    cacheSubnetGroupName: maybe(z.string().nullable()),
    /** The replication group the cluster is a member of; null when it stands alone. */
    replicationGroupId: maybe(z.string().nullable()),
  }),
});

export const elastiCacheReplicationGroup = defineAssetType({
  type: 'aws.elasticache.replication-group',
  provider: 'aws',
  title: 'ElastiCache replication group',
  config: z.object({
    replicationGroupId: z.string(),
    /** The engine version of its member clusters (the group itself does not report one). */
    engineVersion: maybe(z.string().nullable()),
    /** `enabled`, `disabled`, `enabling` or `disabling`. */
    automaticFailover: maybe(z.string()),
    atRestEncryption: maybe(z.boolean()),
    transitEncryption: maybe(z.boolean()),
    /** Redis AUTH (a token) is required to connect. */
    authTokenEnabled: maybe(z.boolean()),
    snapshotRetentionLimit: maybe(z.number().int().nullable()),
  }),
});

export const elastiCacheAssetTypes = [elastiCacheCluster, elastiCacheReplicationGroup] as const;
