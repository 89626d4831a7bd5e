/**
 * DynamoDB Accelerator clusters of one region (DAX DescribeClusters): encryption at rest and the
 * endpoint's encryption in transit. DAX is not an AWS Config resource type: these are live-only items.
 */
import { DAXClient, DescribeClustersCommand, type Cluster } from '@aws-sdk/client-dax';
import type { RegionScope } from '../scope.js';

export async function collectDax(s: RegionScope): Promise<string[]> {
  const client = s.client('dax', (c) => new DAXClient(c));
  const clusters = await s.call('dax', 'DescribeClusters', async () => {
    const out: Cluster[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new DescribeClustersCommand({ NextToken }));
      out.push(...(page.Clusters ?? []));
      NextToken = page.NextToken;
    } while (NextToken !== undefined);
    return out;
  });
  if (!clusters.ok) return [];
  for (const c of clusters.value) {
    const name = c.ClusterName ?? '';
    s.item({
      resourceType: 'AWS::DAX::Cluster',
      resourceId: name,
      resourceName: name,
      ...(c.ClusterArn === undefined ? {} : { arn: c.ClusterArn }),
      awsRegion: s.region,
      configuration: {
        ClusterName: name,
        ClusterArn: c.ClusterArn,
        ...(c.SSEDescription?.Status === undefined
          ? {}
          : { SSEDescription: { Status: c.SSEDescription.Status } }),
        ...(c.ClusterEndpointEncryptionType === undefined
          ? {}
          : { ClusterEndpointEncryptionType: c.ClusterEndpointEncryptionType }),
      },
    });
  }
  return ['aws.dax.cluster'];
}
