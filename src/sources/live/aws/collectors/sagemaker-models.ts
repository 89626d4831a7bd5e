/**
 * SageMaker hosting in one region: endpoint configurations (ListEndpointConfigs, DescribeEndpointConfig)
 * and models (ListModels, DescribeModel), as AWS::SageMaker::EndpointConfig and ::Model items (no tags).
 */
import {
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  paginateListEndpointConfigs,
  paginateListModels,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** The asset types listed completely in the region. */
export async function collectSageMakerHosting(s: RegionScope): Promise<string[]> {
  const client = s.client('sagemaker', (c) => new SageMakerClient(c));
  const [configs, models] = await Promise.all([
    s.call('sagemaker', 'ListEndpointConfigs', async () => {
      const out: string[] = [];
      for await (const page of paginateListEndpointConfigs({ client }, {}))
        for (const e of page.EndpointConfigs ?? [])
          if (e.EndpointConfigName !== undefined) out.push(e.EndpointConfigName);
      return out;
    }),
    s.call('sagemaker', 'ListModels', async () => {
      const out: string[] = [];
      for await (const page of paginateListModels({ client }, {}))
        for (const m of page.Models ?? []) if (m.ModelName !== undefined) out.push(m.ModelName);
      return out;
    }),
  ]);
  const covered: string[] = [];
  let configsComplete = configs.ok;
  let modelsComplete = models.ok;
  await Promise.all([
    ...(configs.ok ? configs.value : []).map(async (EndpointConfigName) => {
      const d = await s.call('sagemaker', 'DescribeEndpointConfig', () =>
        client.send(new DescribeEndpointConfigCommand({ EndpointConfigName })),
      );
      if (!d.ok) {
        configsComplete = false;
        return;
      }
      s.item({
        resourceType: 'AWS::SageMaker::EndpointConfig',
        resourceId: EndpointConfigName,
        resourceName: EndpointConfigName,
        ...(d.value.EndpointConfigArn === undefined ? {} : { arn: d.value.EndpointConfigArn }),
        awsRegion: s.region,
        tags: {},
        configuration: configRecord(d.value),
      });
    }),
    ...(models.ok ? models.value : []).map(async (ModelName) => {
      const d = await s.call('sagemaker', 'DescribeModel', () =>
        client.send(new DescribeModelCommand({ ModelName })),
      );
      if (!d.ok) {
        modelsComplete = false;
        return;
      }
      s.item({
        resourceType: 'AWS::SageMaker::Model',
        resourceId: ModelName,
        resourceName: ModelName,
        ...(d.value.ModelArn === undefined ? {} : { arn: d.value.ModelArn }),
        awsRegion: s.region,
        tags: {},
        configuration: { enableNetworkIsolation: false, ...configRecord(d.value) },
      });
    }),
  ]);
  if (configsComplete) covered.push('aws.sagemaker.endpoint-config');
  if (modelsComplete) covered.push('aws.sagemaker.model');
  return covered;
}
