/**
 * AWS::ElasticLoadBalancingV2::LoadBalancer (camelCase configuration; attributes as `[{key, value}]`
 * text in `supplementaryConfiguration.LoadBalancerAttributes`; zones as `availabilityZones[].zoneName`) and ::Listener (PascalCase, from the
 * CloudFormation schema: `Protocol`, `SslPolicy`, `DefaultActions[].RedirectConfig`...).
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { ec2Arn } from '../../../../inventory/aws/arn.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { scopeOf } from './ec2.js';
import { asBool, asInt, asString, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** Why an imported Application Load Balancer's web ACL is unknown. */
export const WAF_ASSOCIATION_NOT_RECORDED =
  'AWS Config does not record which web ACL protects a load balancer; the live scan reads it with ' +
  'wafv2:ListResourcesForWebACL and waf-regional:ListResourcesForWebACL';

/** `[{key, value}]` (or `{Key, Value}`) → a map; undefined when the record has no attribute list. */
function attributeMap(v: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = new Map<string, unknown>();
  for (const a of records(v)) {
    const k = asString(prop(a, 'key'));
    if (k !== undefined) out.set(k, prop(a, 'value'));
  }
  return out;
}

function lbAttributes(item: ConfigItem, lbType: unknown) {
  const fields = [
    'accessLogsEnabled',
    'accessLogsBucket',
    'dropInvalidHeaderFields',
    'deletionProtection',
    'desyncMitigationMode',
  ];
  const gap = (reason: string) => Object.fromEntries(fields.map((f) => [f, unknown(reason)]));
  if (item.supplementary === undefined) return gap(NOT_IN_RECORD('supplementaryConfiguration'));
  const attrs = attributeMap(prop(item.supplementary, 'LoadBalancerAttributes'));
  if (attrs === undefined) return gap('the AWS Config record has no LoadBalancerAttributes');
  const flag = (key: string) => {
    const v = attrs.get(key);
    if (v === undefined) return unknown(`the recorded LoadBalancerAttributes have no ${key}`);
    return asBool(v) ?? v;
  };
  const bucket = attrs.get('access_logs.s3.bucket');
  return {
    accessLogsEnabled: flag('access_logs.s3.enabled'),
    accessLogsBucket:
      bucket === undefined
        ? unknown('the recorded LoadBalancerAttributes have no access_logs.s3.bucket')
        : bucket === '' || bucket === null
          ? null
          : bucket,
    // Only Application Load Balancers have this attribute.
    dropInvalidHeaderFields:
      lbType === 'application'
        ? flag('routing.http.drop_invalid_header_fields.enabled')
        : typeof lbType === 'string'
          ? null
          : unknown('the load balancer type is unknown'),
    deletionProtection: flag('deletion_protection.enabled'),
    desyncMitigationMode:
      lbType === 'application'
        ? (() => {
            const v = attrs.get('routing.http.desync_mitigation_mode');
            return v === undefined
              ? unknown('the recorded LoadBalancerAttributes have no routing.http.desync_mitigation_mode')
              : v;
          })()
        : typeof lbType === 'string'
          ? null
          : unknown('the load balancer type is unknown'),
  };
}

/** Zone names from `availabilityZones: [{zoneName, subnetId}]`. */
function zoneNames(c: SectionReader): unknown {
  return c.list('availabilityZones', (items) =>
    items.map((z) => asString(prop(z, 'zoneName'))).filter((z): z is string => z !== undefined),
  );
}

/** `securityGroups: ["sg-1"]` or `[{value: "sg-1"}]`. */
function securityGroupIds(c: SectionReader): unknown {
  const v = c.get('securityGroups');
  if (v === undefined) {
    // Network and Gateway Load Balancers created without security groups have none.
    const type = asString(c.get('type'));
    return type !== undefined && type !== 'application' ? [] : c.missing('securityGroups');
  }
  if (v === null) return [];
  if (!Array.isArray(v)) return v;
  return v
    .map((x: unknown) => (typeof x === 'string' ? x : asString(prop(x, 'value'))))
    .filter((x): x is string => x !== undefined);
}

export function mapLoadBalancer(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid =
    item.arn ??
    asString(c.get('loadBalancerArn')) ??
    (item.resourceId.startsWith('arn:') ? item.resourceId : undefined);
  if (uid === undefined) throw new Error('the record has no load balancer ARN');
  const lbType = c.required('type', asString);
  const sgs = securityGroupIds(c);
  const config = {
    scheme: c.required('scheme', asString),
    lbType,
    dnsName: c.nullable('dNSName', asString),
    vpcId: c.nullable('vpcId', asString),
    securityGroupIds: sgs,
    availabilityZones: zoneNames(c),
    ...lbAttributes(item, lbType),
    // AWS Config records web ACL associations on neither side for WAFv2; the live scan asks WAF.
    wafWebAclArn:
      lbType === 'application'
        ? unknown(WAF_ASSOCIATION_NOT_RECORDED)
        : typeof lbType === 'string'
          ? null
          : unknown('the load balancer type is unknown'),
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
  const name = asString(c.get('loadBalancerName'));
  if (item.resourceName === undefined && name !== undefined) base.name = name;
  return [{ type: 'aws.elbv2.load-balancer', candidate: base }];
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

function action(a: unknown): unknown {
  if (!isRecord(a)) return a;
  const type = asString(prop(a, 'Type'));
  if (type === undefined) return a;
  const redirect = prop(a, 'RedirectConfig');
  const forwardGroups = records(prop(prop(a, 'ForwardConfig'), 'TargetGroups'));
  return {
    type: type.toLowerCase(),
    order: asInt(prop(a, 'Order')) ?? null,
    targetGroupArn:
      asString(prop(a, 'TargetGroupArn')) ?? asString(prop(forwardGroups[0], 'TargetGroupArn')) ?? null,
    redirect: isRecord(redirect)
      ? {
          protocol: text(prop(redirect, 'Protocol')),
          port: text(prop(redirect, 'Port')),
          host: text(prop(redirect, 'Host')),
          path: text(prop(redirect, 'Path')),
          query: text(prop(redirect, 'Query')),
          statusCode: text(prop(redirect, 'StatusCode')),
        }
      : null,
    fixedResponseStatusCode: text(prop(prop(a, 'FixedResponseConfig'), 'StatusCode')),
  };
}

/** `my-lb:443` from a listener ARN (`…:listener/app/my-lb/<id>/<id>`) and port, for messages. */
function listenerName(arn: string, port: unknown): string | undefined {
  const m = /:listener\/(?:app|net|gwy)\/([^/]+)\//.exec(arn);
  if (m?.[1] === undefined) return undefined;
  return typeof port === 'number' ? `${m[1]}:${port}` : m[1];
}

export function mapListener(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid =
    item.arn ??
    asString(c.get('ListenerArn')) ??
    (item.resourceId.startsWith('arn:') ? item.resourceId : undefined);
  if (uid === undefined) throw new Error('the record has no listener ARN');
  const protocol = c.required('Protocol', asString);
  const tls = typeof protocol === 'string' && ['HTTPS', 'TLS'].includes(protocol.toUpperCase());
  const actions = c.get('DefaultActions');
  const certs = c.get('Certificates');
  const port = c.nullable('Port', asInt);
  const config = {
    protocol: typeof protocol === 'string' ? protocol.toUpperCase() : protocol,
    port,
    // Plain HTTP/TCP listeners have no policy; for HTTPS/TLS a missing one is a gap in the record.
    sslPolicy:
      c.has('SslPolicy') || tls || typeof protocol !== 'string' ? c.nullable('SslPolicy', asString) : null,
    loadBalancerArn: c.required('LoadBalancerArn', asString),
    defaultActions:
      actions === undefined
        ? c.missing('DefaultActions')
        : Array.isArray(actions)
          ? actions.map(action)
          : actions,
    certificateArns:
      certs === undefined
        ? tls
          ? c.missing('Certificates')
          : []
        : records(certs)
            .map((x) => asString(prop(x, 'CertificateArn')))
            .filter((x): x is string => x !== undefined),
  };
  const relations: Relation[] = [];
  if (typeof config.loadBalancerArn === 'string') {
    relations.push({ kind: 'listener-of', target: config.loadBalancerArn });
  }
  const base = candidateFromItem(item, source, uid, config, relations);
  const name = listenerName(uid, port);
  if (item.resourceName === undefined && name !== undefined) base.name = name;
  return [{ type: 'aws.elbv2.listener', candidate: base }];
}

export const elbv2Mappers: Record<string, ConfigItemMapper> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': mapLoadBalancer,
  'AWS::ElasticLoadBalancingV2::Listener': mapListener,
};
