/**
 * AWS::Route53::HostedZone. The configuration follows the CloudFormation schema (`Name`, `VPCs`,
 * `QueryLoggingConfig.CloudWatchLogsLogGroupArn`; AWS Config nests the last one once more). A zone
 * with VPCs is private. Route 53 leaves out the query logging configuration when there is none, so in
 * a record that has a configuration its absence means "off".
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { asBool, asString, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

function logGroup(v: unknown): string | null {
  const arn = prop(v, 'CloudWatchLogsLogGroupArn');
  return asString(arn) ?? asString(prop(arn, 'CloudWatchLogsLogGroupArn')) ?? null;
}

export function mapHostedZone(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = (asString(c.get('Id')) ?? item.resourceId).replace(/^\/hostedzone\//, '');
  const uid = item.arn ?? `arn:aws:route53:::hostedzone/${id}`;
  const present = item.configuration !== undefined;
  const vpcs = c.get('VPCs');
  const flag = asBool(c.get('HostedZoneConfig.PrivateZone'));
  const config = {
    zoneName: c.required('Name', asString),
    privateZone: present ? (flag ?? (Array.isArray(vpcs) && vpcs.length > 0)) : c.missing('VPCs'),
    queryLoggingLogGroupArn: present
      ? logGroup(c.get('QueryLoggingConfig'))
      : c.missing('QueryLoggingConfig'),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined && typeof config.zoneName === 'string') base.name = config.zoneName;
  return [{ type: 'aws.route53.hosted-zone', candidate: base }];
}

export const route53Mappers: Record<string, ConfigItemMapper> = {
  'AWS::Route53::HostedZone': mapHostedZone,
};
