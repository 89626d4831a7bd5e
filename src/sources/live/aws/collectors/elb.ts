/**
 * Classic Load Balancers in one region (Elastic Load Balancing API 2012-06-01) as
 * AWS::ElasticLoadBalancing::LoadBalancer items, with their attributes (connection draining,
 * cross-zone balancing, access logs, desync mitigation), which AWS Config does not record, read with
 * DescribeLoadBalancerAttributes.
 */
import {
  DescribeLoadBalancerAttributesCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers,
  type LoadBalancerDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';

/** The fields the attributes call fills, made gaps when it fails. */
const ATTRIBUTE_FIELDS = [
  'connectionDrainingEnabled',
  'crossZoneLoadBalancingEnabled',
  'accessLogsEnabled',
  'desyncMitigationMode',
];

/** The asset types listed completely in the region. */
export async function collectElb(s: RegionScope): Promise<string[]> {
  // `elb` names the 2012-06-01 API apart from ELBv2; both sign as `elasticloadbalancing`.
  const client = s.client('elb', (c) => new ElasticLoadBalancingClient(c));
  const lbs = await s.call('elb', 'DescribeLoadBalancers', async () => {
    const out: LoadBalancerDescription[] = [];
    for await (const page of paginateDescribeLoadBalancers({ client }, {}))
      out.push(...(page.LoadBalancerDescriptions ?? []));
    return out;
  });
  if (!lbs.ok) return [];
  await Promise.all(
    lbs.value.map(async (lb) => {
      const LoadBalancerName = lb.LoadBalancerName ?? '';
      const attrs = await s.call('elb', 'DescribeLoadBalancerAttributes', () =>
        client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName })),
      );
      const gaps: Record<string, string> = {};
      const supplementary: Record<string, unknown> = {};
      if (attrs.ok)
        supplementary.LoadBalancerAttributes = configRecord(attrs.value.LoadBalancerAttributes ?? {});
      else for (const f of ATTRIBUTE_FIELDS) gaps[f] = attrs.reason;
      s.item(
        {
          resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
          resourceId: LoadBalancerName,
          resourceName: LoadBalancerName,
          awsRegion: s.region,
          configuration: configRecord({
            ...lb,
            SecurityGroups: lb.SecurityGroups ?? [],
            AvailabilityZones: lb.AvailabilityZones ?? [],
            ListenerDescriptions: lb.ListenerDescriptions ?? [],
          }),
          supplementaryConfiguration: supplementary,
        },
        gaps,
      );
    }),
  );
  return ['aws.elb.load-balancer'];
}
