/**
 * RDS in one region: DB instances and DB snapshots as AWS::RDS::* items; a manual snapshot's sharing
 * (its `restore` attribute) is read with DescribeDBSnapshotAttributes, where AWS Config keeps it.
 */
import {
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  RDSClient,
  type DBInstance,
  type DBSnapshot,
} from '@aws-sdk/client-rds';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap, withDefaults } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectRds(s: RegionScope): Promise<string[]> {
  const client = s.client('rds', (c) => new RDSClient(c));
  const covered: string[] = [];
  const [instances, snapshots] = await Promise.all([
    s.call('rds', 'DescribeDBInstances', async () => {
      const out: DBInstance[] = [];
      for await (const page of paginateDescribeDBInstances({ client }, {}))
        out.push(...(page.DBInstances ?? []));
      return out;
    }),
    s.call('rds', 'DescribeDBSnapshots', async () => {
      const out: DBSnapshot[] = [];
      for await (const page of paginateDescribeDBSnapshots({ client }, {}))
        out.push(...(page.DBSnapshots ?? []));
      return out;
    }),
  ]);
  if (instances.ok) {
    covered.push('aws.rds.db-instance');
    for (const db of instances.value) {
      s.item({
        resourceType: 'AWS::RDS::DBInstance',
        resourceId: db.DbiResourceId ?? db.DBInstanceIdentifier ?? '',
        resourceName: db.DBInstanceIdentifier ?? '',
        ...(db.DBInstanceArn === undefined ? {} : { arn: db.DBInstanceArn }),
        awsRegion: s.region,
        tags: tagMap(db.TagList),
        configuration: withDefaults(configRecord(db), { dBClusterIdentifier: null, vpcSecurityGroups: [] }),
      });
    }
  }
  if (snapshots.ok) {
    covered.push('aws.rds.db-snapshot');
    await Promise.all(
      snapshots.value.map(async (snap) => {
        const id = snap.DBSnapshotIdentifier ?? '';
        const supplementary: Record<string, unknown> = {};
        const gaps: Record<string, string> = {};
        if (snap.SnapshotType !== 'automated') {
          const attrs = await s.call('rds', 'DescribeDBSnapshotAttributes', () =>
            client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })),
          );
          if (attrs.ok)
            supplementary.DBSnapshotAttributes = configRecord({
              list: attrs.value.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? [],
            }).list;
          else gaps.restoreAttributeValues = attrs.reason;
        }
        s.item(
          {
            resourceType: 'AWS::RDS::DBSnapshot',
            resourceId: id,
            resourceName: id,
            ...(snap.DBSnapshotArn === undefined ? {} : { arn: snap.DBSnapshotArn }),
            awsRegion: s.region,
            tags: tagMap(snap.TagList),
            configuration: withDefaults(configRecord(snap), { vpcId: null }),
            supplementaryConfiguration: supplementary,
          },
          gaps,
        );
      }),
    );
  }
  return covered;
}
