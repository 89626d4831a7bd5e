/**
 * Route 53 (global, once per account): hosted zones (ListHostedZones) and their DNS query logging
 * (ListQueryLoggingConfigs), as AWS::Route53::HostedZone items in the CloudFormation spelling Config
 * uses. When the logging configurations cannot be listed, query logging is a gap on every zone.
 */
import {
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  Route53Client,
  type HostedZone,
  type QueryLoggingConfig,
} from '@aws-sdk/client-route-53';
import type { RegionScope } from '../scope.js';

export async function collectRoute53(s: RegionScope): Promise<string[]> {
  const client = s.client('route53', (c) => new Route53Client(c));
  const [zones, logging] = await Promise.all([
    s.call('route53', 'ListHostedZones', async () => {
      const out: HostedZone[] = [];
      for await (const page of paginateListHostedZones({ client }, {})) out.push(...(page.HostedZones ?? []));
      return out;
    }),
    s.call('route53', 'ListQueryLoggingConfigs', async () => {
      const out: QueryLoggingConfig[] = [];
      for await (const page of paginateListQueryLoggingConfigs({ client }, {}))
        out.push(...(page.QueryLoggingConfigs ?? []));
      return out;
    }),
  ]);
  if (!zones.ok) return [];
  for (const z of zones.value) {
    const id = (z.Id ?? '').replace(/^\/hostedzone\//, '');
    const log = logging.ok ? logging.value.find((l) => l.HostedZoneId === id) : undefined;
    s.item(
      {
        resourceType: 'AWS::Route53::HostedZone',
        resourceId: id,
        resourceName: z.Name ?? id,
        arn: `arn:${s.partition}:route53:::hostedzone/${id}`,
        awsRegion: 'global',
        tags: {},
        configuration: {
          Id: id,
          Name: z.Name,
          HostedZoneConfig: { PrivateZone: z.Config?.PrivateZone ?? false },
          ...(log === undefined
            ? {}
            : { QueryLoggingConfig: { CloudWatchLogsLogGroupArn: log.CloudWatchLogsLogGroupArn } }),
        },
      },
      logging.ok ? {} : { queryLoggingLogGroupArn: logging.reason },
    );
  }
  return ['aws.route53.hosted-zone'];
}
