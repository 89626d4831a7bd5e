/**
 * ECS in one region: clusters (ListClusters, DescribeClusters with their settings), the services of
 * each cluster (ListServices, DescribeServices in batches of 10) and the active task definitions
 * (ListTaskDefinitions, DescribeTaskDefinition), as AWS::ECS::* items. Environment values pass through
 * the mapper, which keeps only their names.
 */
import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  paginateListClusters,
  paginateListServices,
  paginateListTaskDefinitions,
} from '@aws-sdk/client-ecs';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

const batches = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

const lastPart = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

export async function collectEcs(s: RegionScope): Promise<string[]> {
  const client = s.client('ecs', (c) => new ECSClient(c));
  const list = async (op: string, pages: () => AsyncIterable<{ arns: string[] }>) =>
    s.call('ecs', op, async () => {
      const out: string[] = [];
      for await (const p of pages()) out.push(...p.arns);
      return out;
    });
  const [clusterArns, taskDefArns] = await Promise.all([
    list('ListClusters', async function* () {
      for await (const p of paginateListClusters({ client }, {})) yield { arns: p.clusterArns ?? [] };
    }),
    list('ListTaskDefinitions', async function* () {
      for await (const p of paginateListTaskDefinitions({ client }, { status: 'ACTIVE' }))
        yield { arns: p.taskDefinitionArns ?? [] };
    }),
  ]);
  const covered: string[] = [];
  const work: Promise<unknown>[] = [];
  if (clusterArns.ok) {
    let clustersComplete = true;
    let servicesComplete = true;
    work.push(
      Promise.all(
        batches(clusterArns.value, 100).map(async (clusters) => {
          const d = await s.call('ecs', 'DescribeClusters', () =>
            client.send(new DescribeClustersCommand({ clusters, include: ['SETTINGS', 'TAGS'] })),
          );
          if (!d.ok) clustersComplete = false;
          for (const c of d.ok ? (d.value.clusters ?? []) : []) {
            s.item({
              resourceType: 'AWS::ECS::Cluster',
              resourceId: c.clusterName ?? '',
              resourceName: c.clusterName ?? '',
              ...(c.clusterArn === undefined ? {} : { arn: c.clusterArn }),
              awsRegion: s.region,
              tags: tagMap(c.tags?.map((t) => ({ Key: t.key, Value: t.value }))),
              configuration: configRecord({ ...c, settings: c.settings ?? [] }),
            });
          }
        }),
      ).then(() => clustersComplete && covered.push('aws.ecs.cluster')),
      Promise.all(
        clusterArns.value.map(async (cluster) => {
          const arns = await list('ListServices', async function* () {
            for await (const p of paginateListServices({ client }, { cluster }))
              yield { arns: p.serviceArns ?? [] };
          });
          if (!arns.ok) {
            servicesComplete = false;
            return;
          }
          for (const services of batches(arns.value, 10)) {
            const d = await s.call('ecs', 'DescribeServices', () =>
              client.send(new DescribeServicesCommand({ cluster, services, include: ['TAGS'] })),
            );
            if (!d.ok) servicesComplete = false;
            for (const svc of d.ok ? (d.value.services ?? []) : []) {
              s.item({
                resourceType: 'AWS::ECS::Service',
                resourceId: svc.serviceArn ?? svc.serviceName ?? '',
                resourceName: svc.serviceName ?? '',
                ...(svc.serviceArn === undefined ? {} : { arn: svc.serviceArn }),
                awsRegion: s.region,
                tags: tagMap(svc.tags?.map((t) => ({ Key: t.key, Value: t.value }))),
                // Deployments and events repeat the service's settings and grow without bound.
                configuration: configRecord({ ...svc, deployments: undefined, events: undefined }),
              });
            }
          }
        }),
      ).then(() => servicesComplete && covered.push('aws.ecs.service')),
    );
  }
  if (taskDefArns.ok) {
    let complete = true;
    work.push(
      Promise.all(
        taskDefArns.value.map(async (taskDefinition) => {
          const d = await s.call('ecs', 'DescribeTaskDefinition', () =>
            client.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] })),
          );
          const td = d.ok ? d.value.taskDefinition : undefined;
          if (td === undefined) {
            complete = false;
            return;
          }
          s.item({
            resourceType: 'AWS::ECS::TaskDefinition',
            resourceId: lastPart(taskDefinition),
            resourceName: lastPart(taskDefinition),
            arn: td.taskDefinitionArn ?? taskDefinition,
            awsRegion: s.region,
            tags: tagMap((d.ok ? d.value.tags : undefined)?.map((t) => ({ Key: t.key, Value: t.value }))),
            configuration: configRecord(td),
          });
        }),
      ).then(() => complete && covered.push('aws.ecs.task-definition')),
    );
  }
  await Promise.all(work);
  return covered.sort();
}
