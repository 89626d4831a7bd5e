/** MSK in one region: ListClusters (provisioned clusters, with their settings) as AWS::MSK::Cluster items. */
import { KafkaClient, paginateListClusters, type ClusterInfo } from '@aws-sdk/client-kafka';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectMsk(s: RegionScope): Promise<string[]> {
  const client = s.client('kafka', (c) => new KafkaClient(c));
  const clusters = await s.call('kafka', 'ListClusters', async () => {
    const out: ClusterInfo[] = [];
    for await (const page of paginateListClusters({ client }, {})) out.push(...(page.ClusterInfoList ?? []));
    return out;
  });
  if (!clusters.ok) return [];
  for (const c of clusters.value) {
    s.item({
      resourceType: 'AWS::MSK::Cluster',
      resourceId: c.ClusterArn ?? c.ClusterName ?? '',
      resourceName: c.ClusterName ?? '',
      ...(c.ClusterArn === undefined ? {} : { arn: c.ClusterArn }),
      awsRegion: s.region,
      tags: c.Tags ?? {},
      configuration: configRecord(c),
    });
  }
  return ['aws.msk.cluster'];
}
