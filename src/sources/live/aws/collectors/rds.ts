/**
 * RDS in one region: DB instances, DB snapshots, DB clusters (Aurora, Multi-AZ, DocumentDB and Neptune
 * alike: the RDS API lists them all), cluster snapshots and event subscriptions as AWS::RDS::* items. A
 * manual snapshot's sharing (its `restore` attribute) is read with Describe*SnapshotAttributes and kept
 * where AWS Config keeps it.
 */
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBInstances,
  paginateDescribeDBParameters,
  paginateDescribeDBSnapshots,
  paginateDescribeEventSubscriptions,
  RDSClient,
  type DBCluster,
  type DBClusterSnapshot,
  type DBInstance,
  type DBSnapshot,
  type EventSubscription,
} from '@aws-sdk/client-rds';
import type { RegionScope } from '../scope.js';
import { tlsParameterOf } from '../../../../inventory/aws/rds.js';
import { configRecord, tagMap, withDefaults } from '../shape.js';

/**
 * The TLS parameter (`rds.force_ssl`, `require_secure_transport`) of each DB parameter group that
 * instances of those engines use, read once per group: the parameter's record, or the failure reason.
 */
async function tlsParameters(
  s: RegionScope,
  client: RDSClient,
  instances: DBInstance[],
): Promise<Map<string, { ok: true; params: object[] } | { ok: false; reason: string }>> {
  const wanted = new Map<string, string>();
  for (const db of instances) {
    const name = tlsParameterOf(db.Engine ?? '');
    const group = db.DBParameterGroups?.[0]?.DBParameterGroupName;
    if (name !== undefined && group !== undefined) wanted.set(group, name);
  }
  const out = new Map<string, { ok: true; params: object[] } | { ok: false; reason: string }>();
  await Promise.all(
    [...wanted].map(async ([group, name]) => {
      const r = await s.call('rds', 'DescribeDBParameters', async () => {
        for await (const page of paginateDescribeDBParameters({ client }, { DBParameterGroupName: group })) {
          const found = page.Parameters?.find((p) => p.ParameterName === name);
          if (found !== undefined) return [found];
        }
        return [];
      });
      out.set(group, r.ok ? { ok: true, params: r.value } : { ok: false, reason: r.reason });
    }),
  );
  return out;
}

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
    const parameters = await tlsParameters(s, client, instances.value);
    for (const db of instances.value) {
      const group = parameters.get(db.DBParameterGroups?.[0]?.DBParameterGroupName ?? '');
      s.item(
        {
          resourceType: 'AWS::RDS::DBInstance',
          resourceId: db.DbiResourceId ?? db.DBInstanceIdentifier ?? '',
          resourceName: db.DBInstanceIdentifier ?? '',
          ...(db.DBInstanceArn === undefined ? {} : { arn: db.DBInstanceArn }),
          awsRegion: s.region,
          tags: tagMap(db.TagList),
          // The API leaves out what is not set: no cluster, no security groups, no exported logs.
          configuration: withDefaults(configRecord(db), {
            dBClusterIdentifier: null,
            vpcSecurityGroups: [],
            enabledCloudwatchLogsExports: [],
          }),
          ...(group?.ok === true
            ? { supplementaryConfiguration: { DBParameters: configRecord({ p: group.params }).p } }
            : {}),
        },
        group?.ok === false
          ? { requireTls: group.reason }
          : group === undefined && tlsParameterOf(db.Engine ?? '') !== undefined
            ? { requireTls: 'DescribeDBInstances named no DB parameter group for the instance' }
            : {},
      );
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
  covered.push(...(await collectRdsClusters(s, client)));
  return covered;
}

/** DB clusters, cluster snapshots (with their sharing) and event subscriptions. */
async function collectRdsClusters(s: RegionScope, client: RDSClient): Promise<string[]> {
  const covered: string[] = [];
  const [clusters, snapshots, subscriptions] = await Promise.all([
    s.call('rds', 'DescribeDBClusters', async () => {
      const out: DBCluster[] = [];
      for await (const page of paginateDescribeDBClusters({ client }, {}))
        out.push(...(page.DBClusters ?? []));
      return out;
    }),
    s.call('rds', 'DescribeDBClusterSnapshots', async () => {
      const out: DBClusterSnapshot[] = [];
      for await (const page of paginateDescribeDBClusterSnapshots({ client }, {}))
        out.push(...(page.DBClusterSnapshots ?? []));
      return out;
    }),
    s.call('rds', 'DescribeEventSubscriptions', async () => {
      const out: EventSubscription[] = [];
      for await (const page of paginateDescribeEventSubscriptions({ client }, {}))
        out.push(...(page.EventSubscriptionsList ?? []));
      return out;
    }),
  ]);
  if (clusters.ok) {
    covered.push('aws.rds.db-cluster');
    for (const c of clusters.value) {
      s.item({
        resourceType: 'AWS::RDS::DBCluster',
        resourceId: c.DbClusterResourceId ?? c.DBClusterIdentifier ?? '',
        resourceName: c.DBClusterIdentifier ?? '',
        ...(c.DBClusterArn === undefined ? {} : { arn: c.DBClusterArn }),
        awsRegion: s.region,
        tags: tagMap(c.TagList),
        configuration: withDefaults(configRecord(c), {
          vpcSecurityGroups: [],
          enabledCloudwatchLogsExports: [],
          availabilityZones: [],
          dBClusterMembers: [],
        }),
      });
    }
  }
  if (snapshots.ok) {
    covered.push('aws.rds.db-cluster-snapshot');
    await Promise.all(
      snapshots.value.map(async (snap) => {
        const id = snap.DBClusterSnapshotIdentifier ?? '';
        const supplementary: Record<string, unknown> = {};
        const gaps: Record<string, string> = {};
        if (snap.SnapshotType !== 'automated') {
          const attrs = await s.call('rds', 'DescribeDBClusterSnapshotAttributes', () =>
            client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })),
          );
          if (attrs.ok)
            supplementary.DBClusterSnapshotAttributes = configRecord({
              list: attrs.value.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? [],
            }).list;
          else gaps.restoreAttributeValues = attrs.reason;
        }
        s.item(
          {
            resourceType: 'AWS::RDS::DBClusterSnapshot',
            resourceId: id,
            resourceName: id,
            ...(snap.DBClusterSnapshotArn === undefined ? {} : { arn: snap.DBClusterSnapshotArn }),
            awsRegion: s.region,
            tags: tagMap(snap.TagList),
            configuration: configRecord(snap),
            supplementaryConfiguration: supplementary,
          },
          gaps,
        );
      }),
    );
  }
  if (subscriptions.ok) {
    covered.push('aws.rds.event-subscription');
    for (const e of subscriptions.value) {
      s.item({
        resourceType: 'AWS::RDS::EventSubscription',
        resourceId: e.CustSubscriptionId ?? '',
        resourceName: e.CustSubscriptionId ?? '',
        ...(e.EventSubscriptionArn === undefined ? {} : { arn: e.EventSubscriptionArn }),
        awsRegion: s.region,
        configuration: configRecord(e),
      });
    }
  }
  return covered;
}
