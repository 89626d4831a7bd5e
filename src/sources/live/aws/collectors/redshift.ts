/**
 * Redshift in one region: DescribeClusters, and DescribeLoggingStatus per cluster (where AWS Config
 * keeps it: `supplementaryConfiguration.LoggingStatus`), as AWS::Redshift::Cluster items; and, which
 * AWS Config does not record, whether each cluster's parameter group sets `require_ssl`
 * (DescribeClusterParameters, once per group).
 */
import {
  DescribeLoggingStatusCommand,
  paginateDescribeClusterParameters,
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
  const ssl = new Map<string, Promise<boolean | { reason: string }>>();
  const requireSsl = (group: string) => {
    let v = ssl.get(group);
    if (v === undefined) ssl.set(group, (v = requireSslOf(s, client, group)));
    return v;
  };
  await Promise.all(
    clusters.value.map(async (cluster) => {
      const id = cluster.ClusterIdentifier ?? '';
      const group = cluster.ClusterParameterGroups?.[0]?.ParameterGroupName;
      const [logging, tls] = await Promise.all([
        s.call('redshift', 'DescribeLoggingStatus', () =>
          client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: id })),
        ),
        group === undefined
          ? { reason: `redshift:DescribeClusters named no parameter group for cluster ${id} in ${s.where}` }
          : requireSsl(group),
      ]);
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
        {
          ...(logging.ok ? {} : { auditLoggingEnabled: logging.reason }),
          ...(typeof tls === 'boolean' ? {} : { requireSsl: tls.reason }),
        },
        typeof tls === 'boolean' ? (config) => (config.requireSsl = tls) : undefined,
      );
    }),
  );
  return ['aws.redshift.cluster'];
}

/** Whether a cluster parameter group sets `require_ssl` to true (its default is false). */
async function requireSslOf(
  s: RegionScope,
  client: RedshiftClient,
  ParameterGroupName: string,
): Promise<boolean | { reason: string }> {
  const found = await s.call('redshift', 'DescribeClusterParameters', async () => {
    for await (const page of paginateDescribeClusterParameters({ client }, { ParameterGroupName }))
      for (const p of page.Parameters ?? [])
        if (p.ParameterName === 'require_ssl') return p.ParameterValue?.toLowerCase() === 'true';
    return false;
  });
  return found.ok ? found.value : { reason: found.reason };
}
