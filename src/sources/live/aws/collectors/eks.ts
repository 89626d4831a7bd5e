/** EKS in one region: each cluster (DescribeCluster) as an AWS::EKS::Cluster item. */
import { DescribeClusterCommand, EKSClient, paginateListClusters } from '@aws-sdk/client-eks';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectEks(s: RegionScope): Promise<string[]> {
  const client = s.client('eks', (c) => new EKSClient(c));
  const names = await s.call('eks', 'ListClusters', async () => {
    const out: string[] = [];
    for await (const page of paginateListClusters({ client }, {})) out.push(...(page.clusters ?? []));
    return out;
  });
  if (!names.ok) return [];
  let complete = true;
  await Promise.all(
    names.value.map(async (name) => {
      const d = await s.call('eks', 'DescribeCluster', () =>
        client.send(new DescribeClusterCommand({ name })),
      );
      if (!d.ok || d.value.cluster === undefined) {
        complete = false;
        return;
      }
      const c = d.value.cluster;
      const config = configRecord(c);
      s.item({
        resourceType: 'AWS::EKS::Cluster',
        resourceId: name,
        resourceName: name,
        ...(c.arn === undefined ? {} : { arn: c.arn }),
        awsRegion: s.region,
        tags: c.tags ?? {},
        configuration: { ...config, encryptionConfig: config.encryptionConfig ?? [] },
      });
    }),
  );
  return complete ? ['aws.eks.cluster'] : [];
}
