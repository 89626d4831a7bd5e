/**
 * AWS::AutoScaling::AutoScalingGroup and AWS::AutoScaling::LaunchConfiguration. Both follow the EC2
 * Auto Scaling API in camelCase (`healthCheckType`, `metadataOptions.httpTokens`). The API leaves
 * out `metadataOptions` and `associatePublicIpAddress` when they were never set, so in a record that
 * has a configuration their absence means the defaults (tokens optional, hop limit 1, endpoint
 * enabled; the subnet decides public IPs).
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { asBool, asInt, asString, asStrings, prop, records, SectionReader } from './fields.js';
import { arnFor, candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `["a"]` or Config's `[{value: "a"}]` spelling of a string list. */
function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return asStrings(v.map((x) => (typeof x === 'string' ? x : prop(x, 'value'))));
}

function templateName(t: unknown): string | null {
  return asString(prop(t, 'launchTemplateName')) ?? asString(prop(t, 'launchTemplateId')) ?? null;
}

export function mapAutoScalingGroup(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('autoScalingGroupName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('autoScalingGroupARN')) ??
    arnFor(item, 'autoscaling', `autoScalingGroup:*:autoScalingGroupName/${name}`);
  const present = item.configuration !== undefined;
  const listOr = (path: string) => {
    const v = c.get(path);
    if (v === undefined || v === null) return present ? [] : c.missing(path);
    return stringList(v) ?? v;
  };
  const mixed = c.get('mixedInstancesPolicy');
  const mixedTemplate = prop(prop(mixed, 'launchTemplate'), 'launchTemplateSpecification');
  const overrides = records(prop(prop(mixed, 'launchTemplate'), 'overrides'));
  const config = {
    healthCheckType: c.required('healthCheckType', asString),
    loadBalancerNames: listOr('loadBalancerNames'),
    targetGroupArns: listOr('targetGroupARNs'),
    availabilityZones: c.required('availabilityZones', stringList),
    launchConfigurationName: present
      ? (asString(c.get('launchConfigurationName')) ?? null)
      : c.missing('launchConfigurationName'),
    launchTemplate: present
      ? (templateName(c.get('launchTemplate')) ?? (mixed == null ? null : templateName(mixedTemplate)))
      : c.missing('launchTemplate'),
    mixedInstanceTypes: present
      ? mixed == null
        ? null
        : overrides.map((o) => asString(prop(o, 'instanceType'))).filter((t): t is string => t !== undefined)
      : c.missing('mixedInstancesPolicy'),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.autoscaling.group', candidate: base }];
}

export function mapLaunchConfiguration(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('launchConfigurationName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('launchConfigurationARN')) ??
    arnFor(item, 'autoscaling', `launchConfiguration:*:launchConfigurationName/${name}`);
  const present = item.configuration !== undefined;
  const md = c.get('metadataOptions');
  const mdField = <T>(field: string, read: (v: unknown) => T | undefined, dflt: T): unknown => {
    if (!present) return c.missing(`metadataOptions.${field}`);
    const v = prop(md, field);
    return v === undefined || v === null ? dflt : (read(v) ?? v);
  };
  const pub = c.get('associatePublicIpAddress');
  const config = {
    metadataHttpTokens: mdField('httpTokens', asString, 'optional'),
    metadataHttpEndpoint: mdField('httpEndpoint', asString, 'enabled'),
    metadataHopLimit: mdField('httpPutResponseHopLimit', asInt, 1),
    associatePublicIpAddress: !present
      ? c.missing('associatePublicIpAddress')
      : pub == null
        ? null
        : (asBool(pub) ?? pub),
    imageId: c.required('imageId', asString),
    instanceType: c.required('instanceType', asString),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.autoscaling.launch-configuration', candidate: base }];
}

export const autoScalingMappers: Record<string, ConfigItemMapper> = {
  'AWS::AutoScaling::AutoScalingGroup': mapAutoScalingGroup,
  'AWS::AutoScaling::LaunchConfiguration': mapLaunchConfiguration,
};
