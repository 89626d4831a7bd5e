/** The edge and container services, gathered so `collect.ts` calls them in one line each. */
import type { RegionScope } from '../scope.js';
import { collectApiGateway } from './apigateway.js';
import { collectAutoScaling } from './autoscaling.js';
import { collectCloudFront } from './cloudfront.js';
import { collectEcs } from './ecs.js';
import { collectRoute53 } from './route53.js';

/** Regional services (Auto Scaling, ECS, API Gateway); resolves to the asset types listed completely in the region. */
export async function collectEdgeRegional(s: RegionScope): Promise<string[]> {
  return (await Promise.all([collectAutoScaling(s), collectEcs(s), collectApiGateway(s)])).flat();
}

/** Global services, once per account (CloudFront, Route 53); resolves to the asset types listed completely. */
export async function collectEdgeGlobal(s: RegionScope): Promise<string[]> {
  return (await Promise.all([collectCloudFront(s), collectRoute53(s)])).flat();
}
