/**
 * AWS::EC2::LaunchTemplate and ::TransitGateway (CloudFormation-shaped configurations:
 * `LaunchTemplateData`, `AutoAcceptSharedAttachments: enable|disable`; field names are read ignoring
 * case, as live collection writes them camelCased). AWS Config does not record EBS snapshots: the
 * `aws.ec2.snapshot` assets come from live collection only.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { ec2Arn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `enable`/`disable` (and booleans) → true/false. */
function enabled(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const s = asString(v)?.toLowerCase();
  return s === 'enable' || s === 'enabled' ? true : s === 'disable' || s === 'disabled' ? false : undefined;
}

export function mapLaunchTemplate(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('id')) ?? asString(c.get('launchTemplateId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'launch-template', id);
  const version = c.get('defaultVersionNumber');
  const data = c.get('launchTemplateData');
  const config = {
    launchTemplateId: id,
    defaultVersion: typeof version === 'number' ? String(version) : (asString(version) ?? null),
    networkInterfaces:
      data === undefined
        ? c.missing('launchTemplateData')
        : c.list('launchTemplateData.networkInterfaces', (items) =>
            items.map((n) => ({
              deviceIndex: asInt(prop(n, 'deviceIndex')) ?? null,
              associatePublicIpAddress: asBool(prop(n, 'associatePublicIpAddress')) ?? null,
            })),
          ),
  };
  // A template without network interfaces leaves the member out: it assigns none itself.
  if (data !== undefined && data !== null && c.get('launchTemplateData.networkInterfaces') === undefined)
    config.networkInterfaces = [];
  return [{ type: 'aws.ec2.launch-template', candidate: candidateFromItem(item, source, uid, config, []) }];
}

export function mapTransitGateway(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('id')) ?? asString(c.get('transitGatewayId')) ?? item.resourceId;
  const uid = item.arn ?? ec2Arn(scopeOf(item), 'transit-gateway', id);
  const path = c.has('autoAcceptSharedAttachments')
    ? 'autoAcceptSharedAttachments'
    : 'options.autoAcceptSharedAttachments';
  const config = { transitGatewayId: id, autoAcceptSharedAttachments: c.required(path, enabled) };
  return [{ type: 'aws.ec2.transit-gateway', candidate: candidateFromItem(item, source, uid, config, []) }];
}

export const ec2SharingMappers: Readonly<Record<string, ConfigItemMapper>> = {
  'AWS::EC2::LaunchTemplate': mapLaunchTemplate,
  'AWS::EC2::TransitGateway': mapTransitGateway,
};
