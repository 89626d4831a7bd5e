/**
 * ElastiCache in one region: DescribeCacheClusters and DescribeReplicationGroups. A replication
 * group takes the engine version of its member clusters (ElastiCache.6 depends on it). The API leaves
 * out flags that are off (`authTokenEnabled`, encryption), so they default to false here.
 */
import {
  ElastiCacheClient,
  paginateDescribeCacheClusters,
  paginateDescribeReplicationGroups,
  type CacheCluster,
  type ReplicationGroup,
} from '@aws-sdk/client-elasticache';
import type { RegionScope } from '../scope.js';
import { configRecord, withDefaults } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectElastiCache(s: RegionScope): Promise<string[]> {
  const client = s.client('elasticache', (c) => new ElastiCacheClient(c));
  const [clusters, groups] = await Promise.all([
    s.call('elasticache', 'DescribeCacheClusters', async () => {
      const out: CacheCluster[] = [];
      for await (const page of paginateDescribeCacheClusters({ client }, {}))
        out.push(...(page.CacheClusters ?? []));
      return out;
    }),
    s.call('elasticache', 'DescribeReplicationGroups', async () => {
      const out: ReplicationGroup[] = [];
      for await (const page of paginateDescribeReplicationGroups({ client }, {}))
        out.push(...(page.ReplicationGroups ?? []));
      return out;
    }),
  ]);
  const covered: string[] = [];
  const versions = new Map<string, string>();
  if (clusters.ok) {
    covered.push('aws.elasticache.cluster');
    for (const c of clusters.value) {
      const id = c.CacheClusterId ?? '';
      if (c.ReplicationGroupId !== undefined && c.EngineVersion !== undefined)
        versions.set(c.ReplicationGroupId, c.EngineVersion);
      s.item({
        resourceType: 'AWS::ElastiCache::CacheCluster',
        resourceId: id,
        resourceName: id,
        ...(c.ARN === undefined ? {} : { arn: c.ARN }),
        awsRegion: s.region,
        tags: {},
        configuration: withDefaults(configRecord(c), {
          replicationGroupId: null,
          cacheSubnetGroupName: null,
          snapshotRetentionLimit: null,
          engineVersion: null,
        }),
      });
    }
  }
  if (groups.ok) {
    covered.push('aws.elasticache.replication-group');
    for (const g of groups.value) {
      const id = g.ReplicationGroupId ?? '';
      s.item(
        {
          resourceType: 'AWS::ElastiCache::ReplicationGroup',
          resourceId: id,
          resourceName: id,
          ...(g.ARN === undefined ? {} : { arn: g.ARN }),
          awsRegion: s.region,
          tags: {},
          configuration: withDefaults(configRecord(g), {
            engineVersion: versions.get(id) ?? (clusters.ok ? null : undefined),
            atRestEncryptionEnabled: false,
            transitEncryptionEnabled: false,
            authTokenEnabled: false,
            snapshotRetentionLimit: null,
          }),
        },
        clusters.ok ? {} : { engineVersion: clusters.reason },
      );
    }
  }
  return covered;
}
