/**
 * API Gateway REST APIs in one region: the stages of each API (GetRestApis, GetStages) as
 * AWS::ApiGateway::Stage items. Method settings are keyed by resource path, kept as API Gateway
 * spells them (not re-cased like member names).
 */
import { APIGatewayClient, GetStagesCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

export async function collectApiGateway(s: RegionScope): Promise<string[]> {
  const client = s.client('apigateway', (c) => new APIGatewayClient(c));
  const apis = await s.call('apigateway', 'GetRestApis', async () => {
    const out: string[] = [];
    for await (const page of paginateGetRestApis({ client }, {}))
      for (const a of page.items ?? []) if (a.id !== undefined) out.push(a.id);
    return out;
  });
  if (!apis.ok) return [];
  let complete = true;
  await Promise.all(
    apis.value.map(async (restApiId) => {
      const o = await s.call('apigateway', 'GetStages', () =>
        client.send(new GetStagesCommand({ restApiId })),
      );
      if (!o.ok) {
        complete = false;
        return;
      }
      for (const st of o.value.item ?? []) {
        const name = st.stageName ?? '';
        s.item({
          resourceType: 'AWS::ApiGateway::Stage',
          resourceId: `${restApiId}/${name}`,
          resourceName: name,
          arn: `arn:${s.partition}:apigateway:${s.region}::/restapis/${restApiId}/stages/${name}`,
          awsRegion: s.region,
          tags: st.tags ?? {},
          configuration: {
            ...configRecord({ ...st, methodSettings: undefined, variables: undefined, tags: undefined }),
            methodSettings: st.methodSettings ?? {},
          },
        });
      }
    }),
  );
  return complete ? ['aws.apigateway.stage'] : [];
}
