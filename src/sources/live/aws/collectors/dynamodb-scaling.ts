/**
 * Application Auto Scaling targets of the DynamoDB namespace in one region (DescribeScalableTargets),
 * by resource id (`table/orders`, `table/orders/index/by-date`) → the scalable dimensions registered
 * (`dynamodb:table:ReadCapacityUnits`, ...). AWS Config does not record them.
 */
import {
  ApplicationAutoScalingClient,
  paginateDescribeScalableTargets,
} from '@aws-sdk/client-application-auto-scaling';
import type { RegionScope } from '../scope.js';

export async function dynamoDbScaling(
  s: RegionScope,
): Promise<Map<string, Set<string>> | { reason: string }> {
  const client = s.client('application-autoscaling', (c) => new ApplicationAutoScalingClient(c));
  const targets = await s.call('application-autoscaling', 'DescribeScalableTargets', async () => {
    const out = new Map<string, Set<string>>();
    for await (const page of paginateDescribeScalableTargets({ client }, { ServiceNamespace: 'dynamodb' }))
      for (const t of page.ScalableTargets ?? []) {
        if (t.ResourceId === undefined || t.ScalableDimension === undefined) continue;
        const dims = out.get(t.ResourceId) ?? new Set<string>();
        dims.add(t.ScalableDimension);
        out.set(t.ResourceId, dims);
      }
    return out;
  });
  return targets.ok ? targets.value : { reason: targets.reason };
}
