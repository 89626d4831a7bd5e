/** DMS in one region: DescribeReplicationInstances as AWS::DMS::ReplicationInstance items (no tags). */
import {
  DatabaseMigrationServiceClient,
  paginateDescribeReplicationInstances,
  type ReplicationInstance,
} from '@aws-sdk/client-database-migration-service';
import type { RegionScope } from '../scope.js';
import { configRecord, withDefaults } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectDms(s: RegionScope): Promise<string[]> {
  const client = s.client('dms', (c) => new DatabaseMigrationServiceClient(c));
  const instances = await s.call('dms', 'DescribeReplicationInstances', async () => {
    const out: ReplicationInstance[] = [];
    for await (const page of paginateDescribeReplicationInstances({ client }, {}))
      out.push(...(page.ReplicationInstances ?? []));
    return out;
  });
  if (!instances.ok) return [];
  for (const ri of instances.value) {
    const id = ri.ReplicationInstanceIdentifier ?? '';
    s.item({
      resourceType: 'AWS::DMS::ReplicationInstance',
      resourceId: id,
      resourceName: id,
      ...(ri.ReplicationInstanceArn === undefined ? {} : { arn: ri.ReplicationInstanceArn }),
      awsRegion: s.region,
      tags: {},
      configuration: withDefaults(configRecord(ri), { kmsKeyId: null }),
    });
  }
  return ['aws.dms.replication-instance'];
}
