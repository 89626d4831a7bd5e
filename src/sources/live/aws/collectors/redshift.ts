/**
 * Redshift in one region: DescribeClusters, and DescribeLoggingStatus per cluster (where AWS Config
 * keeps it: `supplementaryConfiguration.LoggingStatus`), as AWS::Redshift::Cluster items.
 */
import {
  DescribeLoggingStatusCommand,
  paginateDescribeClusters,
  RedshiftClient,
  type Cluster,
} from '@aws-sdk/client-redshift';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap, withDefaults } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectRedshift(s: RegionScope): Promise<string[]> {
  const client = s.client('redshift', (c) => new RedshiftClient(c));
  const clusters = await s.call('redshift', 'DescribeClusters', async () => {
    const out: Cluster[] = [];
    for await (const page of paginateDescribeClusters({ client }, {})) out.push(...(page.Clusters ?? []));
    return out;
  });
  if (!clusters.ok) return [];
  await Promise.all(
    clusters.value.map(async (cluster) => {
      const id = cluster.ClusterIdentifier ?? '';
      const logging = await s.call('redshift', 'DescribeLoggingStatus', () =>
        client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: id })),
      );
      s.item(
        {
          resourceType: 'AWS::Redshift::Cluster',
          resourceId: id,
          resourceName: id,
          arn: `arn:${s.partition}:redshift:${s.region}:${s.account}:cluster:${id}`,
          awsRegion: s.region,
          tags: tagMap(cluster.Tags),
          configuration: withDefaults(configRecord(cluster), { vpcId: null, vpcSecurityGroups: [] }),
          supplementaryConfiguration: logging.ok ? { LoggingStatus: configRecord(logging.value) } : {},
        },
        logging.ok ? {} : { auditLoggingEnabled: logging.reason },
      );
    }),
  );
  return ['aws.redshift.cluster'];
}
