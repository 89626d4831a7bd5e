/**
 * Google Cloud (google) resources: google_compute_firewall → gcp.compute.firewall, and
 * google_storage_bucket → gcp.storage.bucket with the IAM bindings of the
 * google_storage_bucket_iam_binding / _iam_member / _iam_policy resources that name it (joined by
 * reference or name; IAM resources naming a bucket the configuration does not declare become that
 * bucket's asset, its other settings unknown). Provider defaults apply where an argument is absent.
 */
import type { ResourceInstance } from '../module.js';
import { isObject, isUnknownValue, plain, toStr, unknownValue, type Value } from '../value.js';
import { childrenOf, orphanGroup, orphanParentName, type ChildLink } from './join.js';
import {
  boolField,
  displayName,
  numField,
  Reader,
  strField,
  strList,
  withUnread,
  type InstanceIndex,
  type MappedResource,
} from './types.js';

const FIREWALL = 'gcp.compute.firewall';

/** `allow {}` / `deny {}` blocks as firewall entries, or the unknown that stops them being read. */
function entries(r: Reader, name: string): Value {
  const u = r.dynamicUnknown(name);
  if (u !== undefined) return u;
  const out: Value[] = [];
  for (const b of r.blocks(name)) {
    const p = b.body.attrs.protocol?.value;
    if (isUnknownValue(p)) return plain(p);
    const ports = strList(b.body.attrs.ports?.value);
    if (isUnknownValue(ports)) return ports;
    out.push({ protocol: (toStr(p ?? '') ?? '').toLowerCase(), ports });
  }
  return out;
}

export function mapFirewall(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const direction = strField(v('direction'), 'INGRESS');
  const sources = strList(v('source_ranges'));
  const tags = strList(v('source_tags'));
  const accounts = strList(v('source_service_accounts'));
  // An INGRESS rule with no source of any kind applies to 0.0.0.0/0 (the API's default).
  const noSource =
    direction === 'INGRESS' &&
    [sources, tags, accounts].every((l) => Array.isArray(l) && l.length === 0) &&
    v('source_ranges') === undefined;
  const log = r.blocks('log_config')[0];
  const enableLogging = v('enable_logging');
  const config = withUnread(FIREWALL, {
    network: strField(v('network'), null) ?? unknownValue('no network given'),
    direction: isUnknownValue(direction) ? direction : (toStr(direction) ?? '').toUpperCase(),
    disabled: boolField(v('disabled'), false),
    priority: numField(v('priority'), 1000),
    sourceRanges: noSource ? ['0.0.0.0/0'] : sources,
    destinationRanges: strList(v('destination_ranges')),
    sourceTags: tags,
    sourceServiceAccounts: accounts,
    allowed: entries(r, 'allow'),
    denied: entries(r, 'deny'),
    targetTags: strList(v('target_tags')),
    targetServiceAccounts: strList(v('target_service_accounts')),
    logConfig: log
      ? { enable: true, metadata: strField(log.body.attrs.metadata?.value, null) }
      : { enable: enableLogging === true, metadata: null },
  });
  r.mark('direction', r.attr('direction')?.line);
  r.mark('disabled', r.attr('disabled')?.line);
  r.mark('sourceRanges', r.attr('source_ranges')?.line);
  r.mark('allowed', r.blocks('allow')[0]?.line);
  r.mark('logConfig', log?.line ?? r.attr('enable_logging')?.line);
  return {
    type: FIREWALL,
    provider: 'gcp',
    name: displayName(r, 'name'),
    tags: {},
    config,
    fields: r.fields,
  };
}

const BUCKET = 'gcp.storage.bucket';
const BUCKET_IAM: ChildLink[] = [
  { type: 'google_storage_bucket_iam_policy', attr: 'bucket' },
  { type: 'google_storage_bucket_iam_binding', attr: 'bucket' },
  { type: 'google_storage_bucket_iam_member', attr: 'bucket' },
];
const BUCKET_PARENT = [{ type: 'google_storage_bucket', nameAttr: 'name' }];

function condition(b: { body: { attrs: Record<string, { value: Value } | undefined> } } | undefined): Value {
  if (b === undefined) return null;
  const a = b.body.attrs;
  const expr = a.expression?.value;
  if (isUnknownValue(expr)) return plain(expr);
  return {
    expression: toStr(expr ?? '') ?? '',
    title: strField(a.title?.value, null),
    description: strField(a.description?.value, null),
  };
}

function conditionExpression(c: unknown): string {
  const e = (c as { expression?: unknown }).expression;
  return typeof e === 'string' ? e : '';
}

/** The bindings one IAM resource contributes, or the unknown that stops them being read. */
function bindingsOf(res: ResourceInstance): Value[] | Value {
  const a = res.body.attrs;
  if (res.type === 'google_storage_bucket_iam_policy') {
    const data = a.policy_data?.value;
    if (isUnknownValue(data)) return plain(data);
    try {
      const doc = JSON.parse(toStr(data ?? '{}') ?? '{}') as { bindings?: unknown };
      if (!Array.isArray(doc.bindings)) return [];
      return doc.bindings.map((b: { role?: unknown; members?: unknown; condition?: unknown }) => ({
        role: typeof b.role === 'string' ? b.role : '',
        members: Array.isArray(b.members) ? b.members.filter((m): m is string => typeof m === 'string') : [],
        condition: isObject(b.condition as Value)
          ? {
              expression: conditionExpression(b.condition),
              title: null,
              description: null,
            }
          : null,
      }));
    } catch (e) {
      return unknownValue(`policy_data is not valid JSON: ${(e as Error).message}`);
    }
  }
  const role = a.role?.value;
  if (isUnknownValue(role)) return plain(role);
  const members =
    res.type === 'google_storage_bucket_iam_member' ? strList(a.member?.value) : strList(a.members?.value);
  if (isUnknownValue(members)) return members;
  const cond = condition(res.body.blocks.condition?.[0]);
  if (isUnknownValue(cond)) return cond;
  return [{ role: toStr(role ?? '') ?? '', members, condition: cond }];
}

/** The line of the first IAM resource granting allUsers / allAuthenticatedUsers, else of the first one. */
function bindingLine(iam: ResourceInstance[]): ResourceInstance | undefined {
  const pub = iam.find((x) => {
    const b = bindingsOf(x);
    return Array.isArray(b) && JSON.stringify(b).match(/"all(Authenticated)?Users"/) !== null;
  });
  return pub ?? iam[0];
}

function bucketAsset(r: Reader, iam: ResourceInstance[], name: string, declared: boolean): MappedResource {
  const bindings: Value[] = [];
  let unknown: Value | undefined;
  for (const res of iam) {
    const b = bindingsOf(res);
    if (isUnknownValue(b)) unknown ??= b;
    else bindings.push(...(b as Value[]));
  }
  const v = (n: string) => r.attr(n)?.value;
  const block = (n: string) => r.blocks(n)[0]?.body.attrs;
  const config: Record<string, unknown> = { iamBindings: unknown ?? bindings };
  if (declared) {
    const ver = block('versioning');
    const log = block('logging');
    const ret = block('retention_policy');
    const enc = block('encryption');
    Object.assign(config, {
      uniformBucketLevelAccess: boolField(v('uniform_bucket_level_access'), false),
      publicAccessPrevention: strField(v('public_access_prevention'), 'inherited'),
      versioning: boolField(ver?.enabled?.value, false),
      logging: log
        ? {
            logBucket: toStr(log.log_bucket?.value ?? '') ?? 'known after apply',
            logObjectPrefix: strField(log.log_object_prefix?.value, null),
          }
        : null,
      retentionPolicy: ret
        ? {
            retentionPeriodSeconds: numField(ret.retention_period?.value, 0),
            isLocked: boolField(ret.is_locked?.value, false),
          }
        : null,
      defaultKmsKeyName: enc
        ? isUnknownValue(enc.default_kms_key_name?.value)
          ? 'known after apply'
          : strField(enc.default_kms_key_name?.value, null)
        : null,
    });
    r.mark('uniformBucketLevelAccess', r.attr('uniform_bucket_level_access')?.line);
    r.mark('publicAccessPrevention', r.attr('public_access_prevention')?.line);
    r.mark('versioning', r.blocks('versioning')[0]?.line);
    r.mark('logging', r.blocks('logging')[0]?.line);
  }
  const at = bindingLine(iam);
  if (at) r.mark('iamBindings', at.body.attrs.members?.line ?? at.body.attrs.member?.line ?? at.line, at);
  withUnread(BUCKET, config, declared ? undefined : `bucket ${name} is not declared in this configuration`);
  return {
    type: BUCKET,
    provider: 'gcp',
    name,
    tags: declared ? labels(r) : {},
    config,
    fields: r.fields,
    joined: iam.filter((x) => x !== r.inst).map((x) => x.address),
  };
}

function labels(r: Reader): Record<string, string> {
  const l = r.attr('labels')?.value;
  const out: Record<string, string> = {};
  if (isObject(l ?? null))
    for (const [k, x] of Object.entries(l as Record<string, Value>)) {
      const s = toStr(x);
      if (s !== undefined) out[k] = s;
    }
  return out;
}

export function mapStorageBucket(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  return bucketAsset(r, childrenOf(inst, 'name', BUCKET_IAM, index), displayName(r, 'name'), true);
}

/** A bucket IAM resource: folded into its declared bucket, or (leading its group) the bucket's asset. */
export function mapBucketIam(inst: ResourceInstance, index: InstanceIndex): MappedResource | undefined {
  const group = orphanGroup(inst, BUCKET_IAM, BUCKET_PARENT, index);
  if (!group || group.length === 0) return undefined;
  return bucketAsset(new Reader(inst), group, orphanParentName(inst, 'bucket'), false);
}
