/**
 * EMR in one region: the block public access configuration (GetBlockPublicAccessConfiguration), and
 * the active clusters (ListClusters) with the public IPs of their primary nodes (ListInstances, MASTER
 * group). Terminated clusters are left out: they have no nodes to expose.
 */
import {
  EMRClient,
  GetBlockPublicAccessConfigurationCommand,
  paginateListClusters,
  paginateListInstances,
  type ClusterSummary,
} from '@aws-sdk/client-emr';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

const ACTIVE = ['STARTING', 'BOOTSTRAPPING', 'RUNNING', 'WAITING'] as const;

/** The asset types listed completely in the region. */
export async function collectEmr(s: RegionScope): Promise<string[]> {
  const client = s.client('elasticmapreduce', (c) => new EMRClient(c));
  const covered: string[] = [];
  const [bpa, clusters] = await Promise.all([
    s.call('elasticmapreduce', 'GetBlockPublicAccessConfiguration', () =>
      client.send(new GetBlockPublicAccessConfigurationCommand({})),
    ),
    s.call('elasticmapreduce', 'ListClusters', async () => {
      const out: ClusterSummary[] = [];
      for await (const page of paginateListClusters({ client }, { ClusterStates: [...ACTIVE] }))
        out.push(...(page.Clusters ?? []));
      return out;
    }),
  ]);
  if (bpa.ok && bpa.value.BlockPublicAccessConfiguration !== undefined) {
    covered.push('aws.emr.block-public-access');
    s.item({
      resourceType: 'AWS::EMR::BlockPublicAccessConfiguration',
      resourceId: `${s.account}/${s.region}`,
      resourceName: `EMR block public access ${s.region}`,
      awsRegion: s.region,
      tags: {},
      configuration: configRecord(bpa.value.BlockPublicAccessConfiguration),
    });
  }
  if (!clusters.ok) return covered;
  covered.push('aws.emr.cluster');
  await Promise.all(
    clusters.value.map(async (cluster) => {
      const ClusterId = cluster.Id ?? '';
      const primary = await s.call('elasticmapreduce', 'ListInstances', async () => {
        const ips: string[] = [];
        for await (const page of paginateListInstances(
          { client },
          { ClusterId, InstanceGroupTypes: ['MASTER'] },
        ))
          for (const i of page.Instances ?? []) if (i.PublicIpAddress) ips.push(i.PublicIpAddress);
        return ips;
      });
      s.item(
        {
          resourceType: 'AWS::EMR::Cluster',
          resourceId: ClusterId,
          resourceName: cluster.Name ?? ClusterId,
          ...(cluster.ClusterArn === undefined ? {} : { arn: cluster.ClusterArn }),
          awsRegion: s.region,
          tags: {},
          configuration: { ...configRecord(cluster), primaryPublicIps: primary.ok ? primary.value : [] },
        },
        primary.ok ? {} : { primaryPublicIps: primary.reason },
      );
    }),
  );
  return covered;
}
