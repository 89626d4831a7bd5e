/**
 * S3: the account's buckets (listed once, each read in its own region) as AWS::S3::Bucket items with
 * the supplementary configuration AWS Config records — ACL, policy, public access block, encryption,
 * versioning with MFA delete, logging, object lock, lifecycle, event notifications, replication — and
 * the account-level public access block.
 * "Not configured" answers (NoSuchBucketPolicy, ...) are known absences; any other failure is a gap.
 */
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
  type Bucket,
  type Grant,
  type Grantee,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import type { CallFailure } from '../runtime.js';
import type { RegionScope } from '../scope.js';

const s3 = (s: RegionScope) =>
  s.client('s3', (c) => new S3Client({ ...c, forcePathStyle: c.endpoint !== undefined }));

/** Error codes that mean "this bucket has no such configuration" — a known absence. */
const ABSENT = new Set([
  'NoSuchBucketPolicy',
  'NoSuchPublicAccessBlockConfiguration',
  'ServerSideEncryptionConfigurationNotFoundError',
  'ObjectLockConfigurationNotFoundError',
  'NoSuchTagSet',
  'NoSuchLifecycleConfiguration',
  'ReplicationConfigurationNotFoundError',
]);
const absent = (f: CallFailure) => ABSENT.has(f.code);

/** `GetBucketLocation` → region (`null`/empty is us-east-1, `EU` the old name of eu-west-1). */
export function bucketRegion(constraint: string | undefined | null): string {
  if (constraint === undefined || constraint === null || constraint === '') return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

/** An S3 ACL grant in the spelling AWS Config records. */
function grantOf(g: Grant): Record<string, unknown> {
  const grantee: Grantee = g.Grantee ?? { Type: 'CanonicalUser' };
  const who =
    grantee.URI !== undefined
      ? { uri: grantee.URI }
      : grantee.EmailAddress !== undefined
        ? { emailAddress: grantee.EmailAddress }
        : { id: grantee.ID ?? '' };
  return { grantee: who, permission: g.Permission };
}

export interface BucketListing {
  buckets: { name: string; region: string }[];
  /** False when some bucket's region could not be read (that bucket is left out). */
  complete: boolean;
}

/** List the account's buckets and find each one's region (calls made from the home region scope). */
export async function listBuckets(home: RegionScope): Promise<BucketListing | undefined> {
  const listed = await home.call('s3', 'ListBuckets', async () => {
    const out: Bucket[] = [];
    for await (const page of paginateListBuckets({ client: s3(home) }, {})) out.push(...(page.Buckets ?? []));
    return out;
  });
  if (!listed.ok) return undefined;
  const buckets: { name: string; region: string }[] = [];
  let complete = true;
  await Promise.all(
    listed.value.map(async (b) => {
      const name = b.Name ?? '';
      // ListBuckets may say the region already (BucketRegion); otherwise ask.
      if (b.BucketRegion !== undefined && b.BucketRegion !== '') {
        buckets.push({ name, region: b.BucketRegion });
        return;
      }
      const loc = await home.call('s3', 'GetBucketLocation', () =>
        s3(home).send(new GetBucketLocationCommand({ Bucket: name })),
      );
      if (loc.ok) buckets.push({ name, region: bucketRegion(loc.value.LocationConstraint) });
      else complete = false;
    }),
  );
  buckets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { buckets, complete };
}

/**
 * Lifecycle, event notification and replication configurations, in the spelling AWS Config records
 * (`BucketNotificationConfiguration.configurations` and `BucketReplicationConfiguration.rules` keyed by id).
 * "No such configuration" answers leave the key out, as Config does.
 */
async function dataManagement(
  s: RegionScope,
  client: S3Client,
  Bucket: string,
): Promise<{ supplementary: Record<string, unknown>; gaps: Record<string, string> }> {
  const [lifecycle, notification, replication] = await Promise.all([
    s.call(
      's3',
      'GetBucketLifecycleConfiguration',
      () => client.send(new GetBucketLifecycleConfigurationCommand({ Bucket })),
      { quiet: absent },
    ),
    s.call('s3', 'GetBucketNotificationConfiguration', () =>
      client.send(new GetBucketNotificationConfigurationCommand({ Bucket })),
    ),
    s.call('s3', 'GetBucketReplication', () => client.send(new GetBucketReplicationCommand({ Bucket })), {
      quiet: absent,
    }),
  ]);
  const supplementary: Record<string, unknown> = {};
  const gaps: Record<string, string> = {};
  if (lifecycle.ok)
    supplementary.BucketLifecycleConfiguration = {
      rules: (lifecycle.value.Rules ?? []).map((r) => ({ id: r.ID ?? null, status: r.Status })),
    };
  else if (!absent(lifecycle.failure)) gaps.lifecycleRules = lifecycle.reason;
  if (notification.ok) {
    const n = notification.value;
    const configurations: Record<string, unknown> = {};
    const add = (type: string, list: { Id?: string | undefined }[] | undefined) =>
      (list ?? []).forEach((c, i) => (configurations[c.Id ?? `${type}-${i}`] = { type }));
    add('TopicConfiguration', n.TopicConfigurations);
    add('QueueConfiguration', n.QueueConfigurations);
    add('LambdaConfiguration', n.LambdaFunctionConfigurations);
    supplementary.BucketNotificationConfiguration = {
      configurations,
      ...(n.EventBridgeConfiguration === undefined ? {} : { eventBridgeConfiguration: {} }),
    };
  } else gaps.eventNotifications = notification.reason;
  if (replication.ok) {
    const c = replication.value.ReplicationConfiguration;
    const rules: Record<string, unknown> = {};
    (c?.Rules ?? []).forEach((r, i) => {
      rules[r.ID ?? `rule-${i}`] = {
        status: r.Status,
        destinationConfig: { bucketARN: r.Destination?.Bucket ?? null },
      };
    });
    supplementary.BucketReplicationConfiguration = { roleARN: c?.Role ?? null, rules };
  } else if (!absent(replication.failure)) gaps.replicationRules = replication.reason;
  return { supplementary, gaps };
}

/** Read one bucket's settings (in its region) and emit it. */
export async function collectBucket(s: RegionScope, name: string): Promise<void> {
  const client = s3(s);
  const Bucket = name;
  const [acl, policy, pab, enc, versioning, logging, lock, tagging, more] = await Promise.all([
    s.call('s3', 'GetBucketAcl', () => client.send(new GetBucketAclCommand({ Bucket }))),
    s.call('s3', 'GetBucketPolicy', () => client.send(new GetBucketPolicyCommand({ Bucket })), {
      quiet: absent,
    }),
    s.call('s3', 'GetPublicAccessBlock', () => client.send(new GetPublicAccessBlockCommand({ Bucket })), {
      quiet: absent,
    }),
    s.call('s3', 'GetBucketEncryption', () => client.send(new GetBucketEncryptionCommand({ Bucket })), {
      quiet: absent,
    }),
    s.call('s3', 'GetBucketVersioning', () => client.send(new GetBucketVersioningCommand({ Bucket }))),
    s.call('s3', 'GetBucketLogging', () => client.send(new GetBucketLoggingCommand({ Bucket }))),
    s.call(
      's3',
      'GetObjectLockConfiguration',
      () => client.send(new GetObjectLockConfigurationCommand({ Bucket })),
      {
        quiet: absent,
      },
    ),
    s.call('s3', 'GetBucketTagging', () => client.send(new GetBucketTaggingCommand({ Bucket })), {
      quiet: absent,
    }),
    dataManagement(s, client, Bucket),
  ]);
  const supplementary: Record<string, unknown> = {};
  const gaps: Record<string, string> = {};
  if (acl.ok) supplementary.AccessControlList = { grantList: (acl.value.Grants ?? []).map(grantOf) };
  else gaps.acl = acl.reason;
  if (policy.ok) supplementary.BucketPolicy = { policyText: policy.value.Policy ?? null };
  else if (absent(policy.failure)) supplementary.BucketPolicy = { policyText: null };
  else gaps.policy = policy.reason;
  if (pab.ok) {
    const c = pab.value.PublicAccessBlockConfiguration ?? {};
    supplementary.PublicAccessBlockConfiguration = {
      blockPublicAcls: c.BlockPublicAcls === true,
      ignorePublicAcls: c.IgnorePublicAcls === true,
      blockPublicPolicy: c.BlockPublicPolicy === true,
      restrictPublicBuckets: c.RestrictPublicBuckets === true,
    };
  } else if (!absent(pab.failure)) gaps.publicAccessBlock = pab.reason;
  if (enc.ok) {
    supplementary.ServerSideEncryptionConfiguration = {
      rules: (enc.value.ServerSideEncryptionConfiguration?.Rules ?? []).map((r) => ({
        applyServerSideEncryptionByDefault:
          r.ApplyServerSideEncryptionByDefault === undefined
            ? null
            : {
                sseAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
                kmsMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID ?? null,
              },
        bucketKeyEnabled: r.BucketKeyEnabled ?? null,
      })),
    };
  } else if (!absent(enc.failure)) gaps.encryption = enc.reason;
  if (versioning.ok) {
    supplementary.BucketVersioningConfiguration = {
      status: versioning.value.Status ?? 'Off',
      isMfaDeleteEnabled: versioning.value.MFADelete === 'Enabled',
    };
  } else {
    gaps.versioning = versioning.reason;
    gaps.mfaDelete = versioning.reason;
  }
  if (logging.ok) {
    const l = logging.value.LoggingEnabled;
    if (l !== undefined)
      supplementary.BucketLoggingConfiguration = {
        destinationBucketName: l.TargetBucket,
        logFilePrefix: l.TargetPrefix ?? '',
      };
  } else gaps.logging = logging.reason;
  if (lock.ok) {
    supplementary.ObjectLockConfiguration = {
      objectLockEnabled: lock.value.ObjectLockConfiguration?.ObjectLockEnabled ?? null,
    };
  } else if (!absent(lock.failure)) gaps.objectLockEnabled = lock.reason;
  Object.assign(supplementary, more.supplementary);
  Object.assign(gaps, more.gaps);
  const tags: Record<string, string> = {};
  if (tagging.ok)
    for (const t of tagging.value.TagSet ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
  s.item(
    {
      resourceType: 'AWS::S3::Bucket',
      resourceId: name,
      resourceName: name,
      arn: `arn:${s.partition}:s3:::${name}`,
      awsRegion: s.region,
      tags,
      configuration: { name },
      supplementaryConfiguration: supplementary,
    },
    gaps,
  );
}

/** The account-level S3 Block Public Access: the setting, null when none is set, or the failure's reason. */
export async function accountPublicAccessBlock(
  s: RegionScope,
): Promise<{ value: Record<string, boolean> | null } | { reason: string }> {
  const client = s.client('s3-control', (c) => {
    const { endpoint, ...rest } = c;
    // S3 Control puts the account id in the host name (`<account>.s3-control...`); an endpoint
    // override (an emulator, the test replay server) is used as it is.
    return endpoint === undefined
      ? new S3ControlClient(rest)
      : new S3ControlClient({ ...rest, endpointProvider: () => ({ url: new URL(endpoint) }) });
  });
  const o = await s.call(
    's3-control',
    'GetPublicAccessBlock',
    () => client.send(new GetAccountPublicAccessBlockCommand({ AccountId: s.account })),
    { quiet: absent },
  );
  if (!o.ok) return absent(o.failure) ? { value: null } : { reason: o.reason };
  const c = o.value.PublicAccessBlockConfiguration ?? {};
  return {
    value: {
      blockPublicAcls: c.BlockPublicAcls === true,
      ignorePublicAcls: c.IgnorePublicAcls === true,
      blockPublicPolicy: c.BlockPublicPolicy === true,
      restrictPublicBuckets: c.RestrictPublicBuckets === true,
    },
  };
}
