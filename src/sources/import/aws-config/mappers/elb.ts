/**
 * AWS::ElasticLoadBalancing::LoadBalancer: Classic Load Balancers (camelCase, from the 2012-06-01 API:
 * `listenerDescriptions[].listener`, `availabilityZones`, `vPCId`). AWS Config does not record a Classic
 * Load Balancer's attributes (connection draining, cross-zone balancing, access logs, desync
 * mitigation); a live scan adds them as `supplementaryConfiguration.LoadBalancerAttributes` (the
 * DescribeLoadBalancerAttributes answer), and without them those fields are gaps.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { ec2Arn } from '../../../../inventory/aws/arn.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

const ATTRIBUTE_FIELDS = [
  'connectionDrainingEnabled',
  'crossZoneLoadBalancingEnabled',
  'accessLogsEnabled',
  'desyncMitigationMode',
] as const;

/** `["sg-1"]` or `[{value: "sg-1"}]`: a gap when absent, empty when null. */
function strings(c: SectionReader, path: string): unknown {
  const v = c.get(path);
  if (v === undefined) return c.missing(path);
  if (v === null) return [];
  if (!Array.isArray(v)) return v;
  return v
    .map((x: unknown) => (typeof x === 'string' ? x : asString(prop(x, 'value'))))
    .filter((x): x is string => x !== undefined);
}

function listener(d: Record<string, unknown>): unknown {
  const l = prop(d, 'listener');
  if (!isRecord(l)) return l;
  const protocol = asString(prop(l, 'protocol'));
  return {
    protocol: protocol === undefined ? prop(l, 'protocol') : protocol.toUpperCase(),
    loadBalancerPort: asInt(prop(l, 'loadBalancerPort')) ?? prop(l, 'loadBalancerPort'),
    instanceProtocol: asString(prop(l, 'instanceProtocol'))?.toUpperCase() ?? null,
    instancePort: asInt(prop(l, 'instancePort')) ?? null,
    sslCertificateId: asString(prop(l, 'sslCertificateId')) ?? null,
  };
}

/** The attribute fields, from the live scan's DescribeLoadBalancerAttributes answer when present. */
function attributes(item: ConfigItem): Record<string, unknown> {
  const attrs = prop(item.supplementary, 'LoadBalancerAttributes');
  if (!isRecord(attrs)) {
    const gap = unknown(
      'AWS Config does not record Classic Load Balancer attributes (DescribeLoadBalancerAttributes)',
    );
    return Object.fromEntries(ATTRIBUTE_FIELDS.map((f) => [f, gap]));
  }
  const flag = (section: string) => {
    const v = prop(prop(attrs, section), 'enabled');
    if (v === undefined || v === null)
      return unknown(`the load balancer attributes have no ${section}.enabled`);
    return asBool(v) ?? v;
  };
  const desync = records(prop(attrs, 'additionalAttributes')).find(
    (a) => asString(prop(a, 'key')) === 'elb.http.desyncmitigationmode',
  );
  return {
    connectionDrainingEnabled: flag('connectionDraining'),
    crossZoneLoadBalancingEnabled: flag('crossZoneLoadBalancing'),
    accessLogsEnabled: flag('accessLog'),
    desyncMitigationMode:
      desync === undefined
        ? unknown('the load balancer attributes have no elb.http.desyncmitigationmode')
        : prop(desync, 'value'),
  };
}

export function mapClassicLoadBalancer(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('loadBalancerName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    `arn:${partitionOfItem(item)}:elasticloadbalancing:${item.region}:${item.accountId}:loadbalancer/${name}`;
  const sgs = strings(c, 'securityGroups');
  const config = {
    loadBalancerName: name,
    scheme: c.required('scheme', asString),
    dnsName: c.nullable('dNSName', asString),
    vpcId: c.has('vPCId') ? c.nullable('vPCId', asString) : null,
    securityGroupIds: sgs,
    availabilityZones: strings(c, 'availabilityZones'),
    listeners: c.list('listenerDescriptions', (items) => items.map(listener)),
    ...attributes(item),
  };
  const scope = scopeOf(item);
  const relations: Relation[] = [];
  if (Array.isArray(sgs)) {
    for (const id of sgs as unknown[]) {
      if (typeof id === 'string') {
        relations.push({ kind: 'uses-security-group', target: ec2Arn(scope, 'security-group', id) });
      }
    }
  }
  if (typeof config.vpcId === 'string') {
    relations.push({ kind: 'in-vpc', target: ec2Arn(scope, 'vpc', config.vpcId) });
  }
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.elb.load-balancer', candidate: base }];
}

export const elbMappers: Record<string, ConfigItemMapper> = {
  'AWS::ElasticLoadBalancing::LoadBalancer': mapClassicLoadBalancer,
};
