/**
 * DMS in one region: DescribeReplicationInstances, DescribeEndpoints and DescribeReplicationTasks (with
 * their settings) as AWS::DMS::ReplicationInstance, Endpoint and ReplicationTask items (no tags).
 */
import {
  DatabaseMigrationServiceClient,
  paginateDescribeEndpoints,
  paginateDescribeReplicationInstances,
  paginateDescribeReplicationTasks,
  type Endpoint,
  type ReplicationInstance,
  type ReplicationTask,
} from '@aws-sdk/client-database-migration-service';
import type { RegionScope } from '../scope.js';
import { configRecord, withDefaults } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectDms(s: RegionScope): Promise<string[]> {
  const client = s.client('dms', (c) => new DatabaseMigrationServiceClient(c));
  const [instances, more] = await Promise.all([
    s.call('dms', 'DescribeReplicationInstances', async () => {
      const out: ReplicationInstance[] = [];
      for await (const page of paginateDescribeReplicationInstances({ client }, {}))
        out.push(...(page.ReplicationInstances ?? []));
      return out;
    }),
    collectDmsEndpointsAndTasks(s, client),
  ]);
  if (!instances.ok) return more;
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
  return ['aws.dms.replication-instance', ...more];
}

async function collectDmsEndpointsAndTasks(
  s: RegionScope,
  client: DatabaseMigrationServiceClient,
): Promise<string[]> {
  const [endpoints, tasks] = await Promise.all([
    s.call('dms', 'DescribeEndpoints', async () => {
      const out: Endpoint[] = [];
      for await (const page of paginateDescribeEndpoints({ client }, {})) out.push(...(page.Endpoints ?? []));
      return out;
    }),
    s.call('dms', 'DescribeReplicationTasks', async () => {
      const out: ReplicationTask[] = [];
      for await (const page of paginateDescribeReplicationTasks({ client }, { WithoutSettings: false }))
        out.push(...(page.ReplicationTasks ?? []));
      return out;
    }),
  ]);
  for (const e of endpoints.ok ? endpoints.value : []) {
    const id = e.EndpointIdentifier ?? '';
    s.item({
      resourceType: 'AWS::DMS::Endpoint',
      resourceId: id,
      resourceName: id,
      ...(e.EndpointArn === undefined ? {} : { arn: e.EndpointArn }),
      awsRegion: s.region,
      tags: {},
      configuration: {
        EndpointIdentifier: id,
        EndpointType: e.EndpointType,
        EngineName: e.EngineName,
        // DMS leaves SslMode out of endpoints that never set it: the default is none.
        SslMode: e.SslMode ?? 'none',
      },
    });
  }
  for (const t of tasks.ok ? tasks.value : []) {
    const id = t.ReplicationTaskIdentifier ?? '';
    s.item({
      resourceType: 'AWS::DMS::ReplicationTask',
      resourceId: id,
      resourceName: id,
      ...(t.ReplicationTaskArn === undefined ? {} : { arn: t.ReplicationTaskArn }),
      awsRegion: s.region,
      tags: {},
      configuration: {
        ReplicationTaskIdentifier: id,
        ...(t.ReplicationTaskSettings === undefined
          ? {}
          : { ReplicationTaskSettings: t.ReplicationTaskSettings }),
      },
    });
  }
  return [...(endpoints.ok ? ['aws.dms.endpoint'] : []), ...(tasks.ok ? ['aws.dms.replication-task'] : [])];
}
