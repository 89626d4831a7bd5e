/**
 * aws_s3_bucket → aws.s3.bucket, joined with the resources the AWS provider splits a bucket into
 * (aws_s3_bucket_public_access_block, _server_side_encryption_configuration, _acl, _policy,
 * _versioning, _logging, _lifecycle_configuration, _notification, _replication_configuration), found by
 * reference (`bucket = aws_s3_bucket.b.id`) or by the same literal bucket name. The older inline
 * arguments (acl, versioning {}, logging {}, lifecycle_rule {}, replication_configuration {}, ...) are
 * read too.
 */
import { decodePolicyText } from '../../../../inventory/aws/policy.js';
import type { ResourceInstance } from '../module.js';
import { isUnknownValue, plain, toStr, unknownValue, type Value } from '../value.js';
import { boolField, displayName, Reader, type InstanceIndex, type MappedResource } from './types.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

const grant = (grantee: string, permission: string) => ({ granteeType: 'Group', grantee, permission });

/** The grants a canned ACL stands for (besides the owner's FULL_CONTROL, which no rule reads). */
const CANNED: Record<string, { granteeType: string; grantee: string; permission: string }[]> = {
  private: [],
  'public-read': [grant(ALL_USERS, 'READ')],
  'public-read-write': [grant(ALL_USERS, 'READ'), grant(ALL_USERS, 'WRITE')],
  'authenticated-read': [grant(AUTH_USERS, 'READ')],
  'log-delivery-write': [grant(LOG_DELIVERY, 'WRITE'), grant(LOG_DELIVERY, 'READ_ACP')],
  'aws-exec-read': [],
  'bucket-owner-read': [],
  'bucket-owner-full-control': [],
};

function cannedAcl(v: Value): Value {
  if (isUnknownValue(v)) return plain(v);
  const s = toStr(v);
  if (s === undefined || !Object.hasOwn(CANNED, s))
    return unknownValue(`unrecognised canned ACL ${JSON.stringify(v)}`);
  return CANNED[s]!;
}

function policyOf(v: Value | undefined): Value {
  if (v === undefined || v === null || v === '') return null;
  if (isUnknownValue(v)) return plain(v);
  try {
    return decodePolicyText(typeof v === 'string' ? v : JSON.stringify(v)) as Value;
  } catch (e) {
    return unknownValue(`bucket policy is not valid JSON: ${(e as Error).message}`);
  }
}

const first = <T>(xs: T[]): T | undefined => xs[0];

/** A rule's `status` (`Enabled`/`Disabled`), from a status string or the older `enabled` boolean. */
function ruleStatus(status: Value | undefined, enabled: Value | undefined): Value {
  if (isUnknownValue(status)) return plain(status);
  if (status !== undefined && status !== null) return toStr(status) ?? '';
  if (isUnknownValue(enabled)) return plain(enabled);
  return enabled === false ? 'Disabled' : 'Enabled';
}

/** The list, or the first unknown value in it (the whole field is unknown then). */
function listOrUnknown(rules: Record<string, Value>[]): Value {
  for (const rule of rules) for (const v of Object.values(rule)) if (isUnknownValue(v)) return v;
  return rules;
}

const idOf = (v: Value | undefined): Value =>
  isUnknownValue(v) ? plain(v) : v === undefined || v === null ? null : (toStr(v) ?? null);

export function mapS3Bucket(inst: ResourceInstance, index: InstanceIndex): MappedResource {
  const r = new Reader(inst);
  const bucketName = r.attr('bucket')?.value;
  const names = [typeof bucketName === 'string' ? bucketName : undefined];
  const joined: string[] = [];
  const related = (type: string) => {
    const found = index.referring(type, 'bucket', inst, names);
    for (const f of found) joined.push(f.address);
    return first(found);
  };
  const config: Record<string, unknown> = {};

  // Public access block.
  const pab = related('aws_s3_bucket_public_access_block');
  if (pab) {
    const p = new Reader(pab);
    const get = (n: string) => boolField(p.attr(n)?.value, false);
    config.publicAccessBlock = {
      blockPublicAcls: get('block_public_acls'),
      ignorePublicAcls: get('ignore_public_acls'),
      blockPublicPolicy: get('block_public_policy'),
      restrictPublicBuckets: get('restrict_public_buckets'),
    };
    const v = config.publicAccessBlock as Record<string, Value>;
    const u = Object.values(v).find((x) => isUnknownValue(x));
    if (u !== undefined) config.publicAccessBlock = u;
    const off = [
      'block_public_acls',
      'ignore_public_acls',
      'block_public_policy',
      'restrict_public_buckets',
    ].find((n) => p.attr(n)?.value !== true);
    r.mark('publicAccessBlock', off ? (p.attr(off)?.line ?? pab.line) : pab.line, pab);
  } else {
    config.publicAccessBlock = null;
    r.mark('publicAccessBlock', inst.line);
  }

  // ACL: a separate aws_s3_bucket_acl, or the inline canned `acl`, or none (private).
  const acl = related('aws_s3_bucket_acl');
  if (acl) {
    const a = new Reader(acl);
    const canned = a.attr('acl');
    if (canned) {
      config.acl = cannedAcl(canned.value);
      r.mark('acl', canned.line, acl);
    } else {
      const grants: Value[] = [];
      for (const acp of a.blocks('access_control_policy'))
        for (const g of acp.body.blocks.grant ?? []) {
          const grantee = g.body.blocks.grantee?.[0]?.body.attrs;
          const uri = grantee?.uri?.value;
          const id = grantee?.id?.value;
          const perm = g.body.attrs.permission?.value;
          if (isUnknownValue(uri) || isUnknownValue(perm)) {
            config.acl = plain(isUnknownValue(uri) ? uri : (perm as Value));
            break;
          }
          grants.push(
            typeof uri === 'string'
              ? { granteeType: 'Group', grantee: uri, permission: toStr(perm ?? '') ?? '' }
              : {
                  granteeType: 'CanonicalUser',
                  grantee: toStr(id ?? '') ?? '',
                  permission: toStr(perm ?? '') ?? '',
                },
          );
        }
      config.acl ??= grants;
      r.mark('acl', first(a.blocks('access_control_policy'))?.line ?? acl.line, acl);
    }
  } else if (r.attr('acl')) {
    config.acl = cannedAcl(r.attr('acl')!.value);
    r.mark('acl', r.attr('acl')!.line);
  } else {
    config.acl = [];
    r.mark('acl', inst.line);
  }

  // Policy.
  const pol = related('aws_s3_bucket_policy');
  if (pol) {
    config.policy = policyOf(pol.body.attrs.policy?.value);
    r.mark('policy', pol.body.attrs.policy?.line, pol);
  } else {
    config.policy = policyOf(r.attr('policy')?.value);
    r.mark('policy', r.attr('policy')?.line);
  }

  // Default encryption.
  const sse = related('aws_s3_bucket_server_side_encryption_configuration');
  const sseBlocks = sse
    ? (sse.body.blocks.rule ?? [])
    : (r.blocks('server_side_encryption_configuration')[0]?.body.blocks.rule ?? []);
  const rule = sseBlocks[0];
  const byDefault = rule?.body.blocks.apply_server_side_encryption_by_default?.[0];
  if (byDefault) {
    const alg = byDefault.body.attrs.sse_algorithm?.value;
    const key = byDefault.body.attrs.kms_master_key_id?.value;
    config.encryption = isUnknownValue(alg)
      ? plain(alg)
      : {
          sseAlgorithm: toStr(alg ?? '') ?? '',
          kmsKeyId:
            key === undefined || key === null
              ? null
              : isUnknownValue(key)
                ? 'known after apply'
                : (toStr(key) ?? null),
          bucketKeyEnabled: boolField(rule.body.attrs.bucket_key_enabled?.value, null),
        };
    r.mark('encryption', byDefault.body.attrs.sse_algorithm?.line ?? byDefault.line, sse ?? inst);
  } else {
    config.encryption = null;
    r.mark('encryption', sse?.line ?? inst.line, sse ?? inst);
  }

  // Versioning and MFA delete.
  const ver = related('aws_s3_bucket_versioning');
  if (ver) {
    const vc = ver.body.blocks.versioning_configuration?.[0];
    const status = vc?.body.attrs.status?.value;
    const mfa = vc?.body.attrs.mfa_delete?.value;
    config.versioning = isUnknownValue(status)
      ? plain(status)
      : status === 'Enabled'
        ? 'Enabled'
        : status === 'Suspended'
          ? 'Suspended'
          : 'Off';
    config.mfaDelete = isUnknownValue(mfa) ? plain(mfa) : mfa === 'Enabled';
    r.mark('versioning', vc?.body.attrs.status?.line ?? ver.line, ver);
    r.mark('mfaDelete', vc?.body.attrs.mfa_delete?.line ?? ver.line, ver);
  } else {
    const vb = r.blocks('versioning')[0];
    const en = vb?.body.attrs.enabled?.value;
    config.versioning = isUnknownValue(en)
      ? plain(en)
      : en === true
        ? 'Enabled'
        : vb && en === false
          ? 'Suspended'
          : 'Off';
    config.mfaDelete = boolField(vb?.body.attrs.mfa_delete?.value, false);
    r.mark('versioning', vb?.body.attrs.enabled?.line ?? vb?.line);
    r.mark('mfaDelete', vb?.body.attrs.mfa_delete?.line ?? vb?.line);
  }

  // Access logging.
  const logRes = related('aws_s3_bucket_logging');
  const logBody = logRes ? logRes.body : r.blocks('logging')[0]?.body;
  if (logBody) {
    const target = logBody.attrs.target_bucket?.value;
    config.logging = isUnknownValue(target)
      ? {
          targetBucket: target.$ref ?? 'known after apply',
          targetPrefix: toStr(logBody.attrs.target_prefix?.value ?? '') ?? '',
        }
      : {
          targetBucket: toStr(target ?? '') ?? '',
          targetPrefix: toStr(logBody.attrs.target_prefix?.value ?? '') ?? '',
        };
    r.mark('logging', logBody.attrs.target_bucket?.line ?? logRes?.line, logRes ?? inst);
  } else {
    config.logging = null;
    r.mark('logging', inst.line);
  }
  config.objectLockEnabled = boolField(r.attr('object_lock_enabled')?.value, false);
  r.mark('objectLockEnabled', r.attr('object_lock_enabled')?.line);

  // Lifecycle rules: aws_s3_bucket_lifecycle_configuration `rule {}`, or inline `lifecycle_rule {}`.
  const lifecycle = related('aws_s3_bucket_lifecycle_configuration');
  const lcRules = lifecycle ? new Reader(lifecycle).blocks('rule') : r.blocks('lifecycle_rule');
  config.lifecycleRules = listOrUnknown(
    lcRules.map((b) => ({
      id: idOf(b.body.attrs.id?.value),
      status: ruleStatus(b.body.attrs.status?.value, b.body.attrs.enabled?.value),
    })),
  );
  r.mark('lifecycleRules', lcRules[0]?.line ?? lifecycle?.line ?? inst.line, lifecycle ?? inst);

  // Event notifications: aws_s3_bucket_notification (topic/queue/lambda_function blocks, eventbridge).
  const notification = related('aws_s3_bucket_notification');
  if (notification) {
    const n = new Reader(notification);
    const kinds: Value[] = [
      ...n.blocks('topic').map(() => 'topic'),
      ...n.blocks('queue').map(() => 'queue'),
      ...n.blocks('lambda_function').map(() => 'lambda'),
    ];
    const eb = n.attr('eventbridge')?.value;
    config.eventNotifications = isUnknownValue(eb)
      ? plain(eb)
      : eb === true
        ? [...kinds, 'eventbridge']
        : kinds;
    r.mark('eventNotifications', notification.line, notification);
  } else {
    config.eventNotifications = [];
    r.mark('eventNotifications', inst.line);
  }

  // Replication: aws_s3_bucket_replication_configuration `rule {}`, or inline
  // `replication_configuration { rules {} }`.
  const replication = related('aws_s3_bucket_replication_configuration');
  const repRules = replication
    ? new Reader(replication).blocks('rule')
    : r.blocks('replication_configuration').flatMap((c) => c.body.blocks.rules ?? []);
  config.replicationRules = listOrUnknown(
    repRules.map((b) => {
      const dest = b.body.blocks.destination?.[0]?.body.attrs.bucket?.value;
      return {
        id: idOf(b.body.attrs.id?.value),
        status: ruleStatus(b.body.attrs.status?.value, undefined),
        // An ARN known only after apply still names a bucket: the destination exists, its region is unknown.
        destinationBucket: isUnknownValue(dest)
          ? (dest.$ref ?? null)
          : dest === undefined || dest === null
            ? null
            : (toStr(dest) ?? null),
      };
    }),
  );
  r.mark('replicationRules', repRules[0]?.line ?? replication?.line ?? inst.line, replication ?? inst);

  return {
    type: 'aws.s3.bucket',
    provider: 'aws',
    name: displayName(r, 'bucket'),
    tags: r.tags(),
    config,
    fields: r.fields,
    joined,
  };
}
