/**
 * AWS::S3::Bucket. The bucket's settings are in `supplementaryConfiguration`; a key that is absent from
 * a full record means the setting is not configured (AWS Config records it when it exists), while a
 * record without any supplementaryConfiguration (a narrow query) leaves the settings unknown.
 */
import { unknown } from '../../../../model/unknown.js';
import { decodePolicyText } from '../../../../inventory/aws/policy.js';
import { isRecord, str } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper } from './types.js';

const GROUP_URIS: Record<string, string> = {
  AllUsers: 'http://acs.amazonaws.com/groups/global/AllUsers',
  AuthenticatedUsers: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
  LogDelivery: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
};

const PERMISSIONS: Record<string, string> = {
  FullControl: 'FULL_CONTROL',
  Read: 'READ',
  Write: 'WRITE',
  ReadAcp: 'READ_ACP',
  WriteAcp: 'WRITE_ACP',
};

function grants(acl: unknown): unknown {
  if (!isRecord(acl)) return acl;
  // Records carry the grants in `grantList`, or (older ones) in `grantSet`; the other is null.
  const list = Array.isArray(acl.grantList) ? acl.grantList : Array.isArray(acl.grantSet) ? acl.grantSet : [];
  return list.map((g: unknown) => {
    if (!isRecord(g)) return g;
    const grantee = g.grantee;
    const permission = PERMISSIONS[str(g.permission) ?? ''] ?? g.permission;
    if (typeof grantee === 'string')
      return { granteeType: 'Group', grantee: GROUP_URIS[grantee] ?? grantee, permission };
    if (isRecord(grantee)) {
      const id = str(grantee.id) ?? str(grantee.identifier);
      const uri = str(grantee.uri) ?? (id?.startsWith('http') ? id : undefined);
      if (uri !== undefined) return { granteeType: 'Group', grantee: uri, permission };
      if (str(grantee.emailAddress))
        return { granteeType: 'AmazonCustomerByEmail', grantee: grantee.emailAddress, permission };
      return { granteeType: 'CanonicalUser', grantee: id ?? '', permission };
    }
    return g;
  });
}

function policy(v: unknown): unknown {
  if (v === undefined) return null;
  const text = isRecord(v) ? v.policyText : v;
  if (text === null || text === undefined || text === '') return null;
  try {
    return decodePolicyText(text);
  } catch (e) {
    return unknown(`bucket policy is not valid JSON: ${(e as Error).message}`);
  }
}

function encryption(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (!isRecord(v) || !Array.isArray(v.rules)) return v;
  const rule: unknown = v.rules[0];
  if (!isRecord(rule)) return null;
  const byDefault = isRecord(rule.applyServerSideEncryptionByDefault)
    ? rule.applyServerSideEncryptionByDefault
    : {};
  // A rule without a default algorithm (only `bucketKeyEnabled`) sets no default encryption.
  if (byDefault.sseAlgorithm === undefined || byDefault.sseAlgorithm === null) return null;
  return {
    sseAlgorithm: byDefault.sseAlgorithm,
    kmsKeyId: str(byDefault.kmsMasterKeyID) ?? null,
    bucketKeyEnabled: typeof rule.bucketKeyEnabled === 'boolean' ? rule.bucketKeyEnabled : null,
  };
}

function logging(v: unknown): unknown {
  if (!isRecord(v)) return null;
  const target = str(v.destinationBucketName);
  if (target === undefined) return null;
  return { targetBucket: target, targetPrefix: str(v.logFilePrefix) ?? '' };
}

function versioning(v: unknown): { status: unknown; mfaDelete: unknown } {
  if (!isRecord(v)) return { status: 'Off', mfaDelete: false };
  return { status: v.status ?? 'Off', mfaDelete: v.isMfaDeleteEnabled === true };
}

/** `BucketLifecycleConfiguration` → its rules; absent or null means the bucket has none. */
function lifecycleRules(v: unknown): unknown {
  if (v === undefined || v === null) return [];
  if (!isRecord(v)) return v;
  if (v.rules === null || v.rules === undefined) return [];
  if (!Array.isArray(v.rules)) return v.rules;
  return v.rules.map((r: unknown) =>
    isRecord(r) ? { id: str(r.id) ?? null, status: str(r.status) ?? r.status } : r,
  );
}

const NOTIFICATION_KINDS: Record<string, string> = {
  TopicConfiguration: 'topic',
  QueueConfiguration: 'queue',
  LambdaConfiguration: 'lambda',
};

/**
 * `BucketNotificationConfiguration` → the destination kinds. Config keys the configurations by id
 * (`{configurations: {<id>: {type: 'QueueConfiguration', ...}}}`); EventBridge delivery is read from
 * `eventBridgeConfiguration` (present, or `eventBridgeEnabled: true`).
 */
function eventNotifications(v: unknown): unknown {
  if (v === undefined || v === null) return [];
  if (!isRecord(v)) return v;
  const configs = isRecord(v.configurations)
    ? Object.values(v.configurations)
    : Array.isArray(v.configurations)
      ? (v.configurations as unknown[])
      : [];
  const kinds: unknown[] = configs.map((c) =>
    isRecord(c) ? (NOTIFICATION_KINDS[str(c.type) ?? ''] ?? c.type) : c,
  );
  const eb = v.eventBridgeConfiguration;
  if (eb === true || (isRecord(eb) && eb.eventBridgeEnabled !== false)) kinds.push('eventbridge');
  return kinds;
}

/**
 * `BucketReplicationConfiguration` → its rules. Config keys the rules by id
 * (`{rules: {<id>: {status, destinationConfig: {bucketARN}}}}`); a list is read as well.
 */
function replicationRules(v: unknown): unknown {
  if (v === undefined || v === null) return [];
  if (!isRecord(v)) return v;
  const raw = v.rules;
  if (raw === undefined || raw === null) return [];
  const entries: [string | null, unknown][] = Array.isArray(raw)
    ? raw.map((r: unknown) => [isRecord(r) ? (str(r.id) ?? null) : null, r])
    : isRecord(raw)
      ? Object.entries(raw)
      : [];
  return entries.map(([id, r]) => {
    if (!isRecord(r)) return r;
    const dest = isRecord(r.destinationConfig) ? r.destinationConfig : {};
    return { id, status: str(r.status) ?? r.status, destinationBucket: str(dest.bucketARN) ?? null };
  });
}

export function mapBucket(item: ConfigItem, source: Parameters<ConfigItemMapper>[1]) {
  const uid = item.arn ?? `arn:aws:s3:::${item.resourceName ?? item.resourceId}`;
  const s = item.supplementary;
  const missing = unknown(NOT_IN_RECORD('supplementaryConfiguration'));
  const config: Record<string, unknown> =
    s === undefined
      ? {
          publicAccessBlock: missing,
          acl: missing,
          policy: missing,
          encryption: missing,
          versioning: missing,
          mfaDelete: missing,
          logging: missing,
          objectLockEnabled: missing,
          lifecycleRules: missing,
          eventNotifications: missing,
          replicationRules: missing,
        }
      : {
          publicAccessBlock: s.PublicAccessBlockConfiguration ?? null,
          acl:
            s.AccessControlList === undefined
              ? unknown('the record has no AccessControlList')
              : grants(s.AccessControlList),
          policy: policy(s.BucketPolicy),
          encryption: encryption(s.ServerSideEncryptionConfiguration),
          versioning: versioning(s.BucketVersioningConfiguration).status,
          mfaDelete: versioning(s.BucketVersioningConfiguration).mfaDelete,
          logging: logging(s.BucketLoggingConfiguration),
          objectLockEnabled: isRecord(s.ObjectLockConfiguration)
            ? s.ObjectLockConfiguration.objectLockEnabled === 'Enabled'
            : false,
          lifecycleRules: lifecycleRules(s.BucketLifecycleConfiguration),
          eventNotifications: eventNotifications(s.BucketNotificationConfiguration),
          replicationRules: replicationRules(s.BucketReplicationConfiguration),
        };
  const relations = [];
  const enc = config.encryption;
  if (isRecord(enc) && typeof enc.kmsKeyId === 'string' && enc.kmsKeyId.startsWith('arn:')) {
    relations.push({ kind: 'encrypted-by', target: enc.kmsKeyId });
  }
  return [{ type: 'aws.s3.bucket', candidate: candidateFromItem(item, source, uid, config, relations) }];
}

export const s3Mappers: Record<string, ConfigItemMapper> = {
  'AWS::S3::Bucket': mapBucket,
};
