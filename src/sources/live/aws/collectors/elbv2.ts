/**
 * Elastic Load Balancing v2 in one region: load balancers with their attributes (access logs,
 * deletion protection, invalid-header handling) and their listeners, as AWS Config records them.
 */
import {
  DescribeLoadBalancerAttributesCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  type Listener,
  type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { RegionScope } from '../scope.js';
import { configRecord } from '../shape.js';
import type { AlbWebAcls } from './firewalls.js';

/**
 * The asset types listed completely in the region. `albWebAcls` says which web ACL protects each
 * Application Load Balancer (AWS Config does not record it).
 */
export async function collectElbv2(s: RegionScope, albWebAcls: Promise<AlbWebAcls>): Promise<string[]> {
  const client = s.client('elasticloadbalancing', (c) => new ElasticLoadBalancingV2Client(c));
  const lbs = await s.call('elasticloadbalancing', 'DescribeLoadBalancers', async () => {
    const out: LoadBalancer[] = [];
    for await (const page of paginateDescribeLoadBalancers({ client }, {}))
      out.push(...(page.LoadBalancers ?? []));
    return out;
  });
  if (!lbs.ok) return [];
  let listenersComplete = true;
  const webAclOf = await albWebAcls;
  await Promise.all(
    lbs.value.map(async (lb) => {
      const LoadBalancerArn = lb.LoadBalancerArn ?? '';
      const [attrs, listeners] = await Promise.all([
        s.call('elasticloadbalancing', 'DescribeLoadBalancerAttributes', () =>
          client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn })),
        ),
        s.call('elasticloadbalancing', 'DescribeListeners', async () => {
          const out: Listener[] = [];
          for await (const page of paginateDescribeListeners({ client }, { LoadBalancerArn }))
            out.push(...(page.Listeners ?? []));
          return out;
        }),
      ]);
      const gaps: Record<string, string> = {};
      const supplementary: Record<string, unknown> = {};
      if (attrs.ok)
        supplementary.LoadBalancerAttributes = configRecord({ a: attrs.value.Attributes ?? [] }).a;
      else
        for (const f of [
          'accessLogsEnabled',
          'accessLogsBucket',
          'dropInvalidHeaderFields',
          'deletionProtection',
          'desyncMitigationMode',
        ])
          gaps[f] = attrs.reason;
      s.item(
        {
          resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
          resourceId: LoadBalancerArn,
          resourceName: lb.LoadBalancerName ?? LoadBalancerArn,
          arn: LoadBalancerArn,
          awsRegion: s.region,
          configuration: configRecord({
            ...lb,
            SecurityGroups: lb.SecurityGroups ?? (lb.Type === 'application' ? [] : undefined),
          }),
          supplementaryConfiguration: supplementary,
        },
        gaps,
        lb.Type === 'application' ? (c) => (c.wafWebAclArn = webAclOf(LoadBalancerArn)) : undefined,
      );
      if (!listeners.ok) {
        listenersComplete = false;
        return;
      }
      for (const l of listeners.value) {
        // Listener records follow the CloudFormation schema (PascalCase), as the SDK does.
        s.item({
          resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
          resourceId: l.ListenerArn ?? '',
          ...(l.ListenerArn === undefined ? {} : { arn: l.ListenerArn }),
          awsRegion: s.region,
          configuration: JSON.parse(JSON.stringify(l)) as Record<string, unknown>,
        });
      }
    }),
  );
  return listenersComplete ? ['aws.elbv2.load-balancer', 'aws.elbv2.listener'] : ['aws.elbv2.load-balancer'];
}
