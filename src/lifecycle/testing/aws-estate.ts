/**
 * Test fixtures: small AWS Config snapshots (the S3-delivered file spelling) of S3 buckets, with a
 * configuration recorder that declares the region fully recorded. Tests write an estate at T0 and a
 * changed one at T1 and scan both with `--at`.
 */

export interface BucketSpec {
  name: string;
  versioning?: boolean;
  /** KMS default encryption (otherwise none). */
  kms?: boolean;
  /** All four public access block settings on (otherwise off). */
  blockPublic?: boolean;
  logging?: boolean;
  tags?: Record<string, string>;
  /** configurationItemCaptureTime: when AWS Config recorded this state. */
  captureTime?: string;
}

export interface SnapshotSpec {
  account: string;
  region: string;
  /** Include an all-types configuration recorder (the region is then fully recorded). */
  recorder?: boolean;
  buckets: BucketSpec[];
}

function bucketItem(account: string, region: string, b: BucketSpec): Record<string, unknown> {
  const tags = b.tags ?? {};
  return {
    configuration: { name: b.name, creationDate: '2025-01-01T00:00:00.000Z' },
    supplementaryConfiguration: {
      BucketLoggingConfiguration: b.logging
        ? { destinationBucketName: 'logs', logFilePrefix: `${b.name}/` }
        : { destinationBucketName: null },
      BucketVersioningConfiguration: {
        status: b.versioning ? 'Enabled' : 'Suspended',
        isMfaDeleteEnabled: null,
      },
      PublicAccessBlockConfiguration: {
        blockPublicAcls: b.blockPublic === true,
        ignorePublicAcls: b.blockPublic === true,
        blockPublicPolicy: b.blockPublic === true,
        restrictPublicBuckets: b.blockPublic === true,
      },
      ...(b.kms
        ? {
            ServerSideEncryptionConfiguration: {
              rules: [
                {
                  applyServerSideEncryptionByDefault: {
                    sseAlgorithm: 'aws:kms',
                    kmsMasterKeyID: `arn:aws:kms:${region}:${account}:key/k1`,
                  },
                },
              ],
            },
          }
        : {}),
      BucketTaggingConfiguration: { tagSets: [{ tags }] },
    },
    tags,
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: b.captureTime ?? '2026-10-01T00:00:00.000Z',
    awsAccountId: account,
    configurationItemStatus: 'OK',
    resourceType: 'AWS::S3::Bucket',
    resourceId: b.name,
    resourceName: b.name,
    ARN: `arn:aws:s3:::${b.name}`,
    awsRegion: region,
    availabilityZone: 'Regional',
    relationships: [],
  };
}

/** An AWS Config snapshot file's JSON text. */
export function awsSnapshot(spec: SnapshotSpec): string {
  const items: Record<string, unknown>[] = [];
  if (spec.recorder !== false) {
    items.push({
      configuration: {
        name: 'default',
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [] },
      },
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: '2026-01-01T00:00:00.000Z',
      awsAccountId: spec.account,
      configurationItemStatus: 'OK',
      resourceType: 'AWS::Config::ConfigurationRecorder',
      resourceId: 'default',
      resourceName: 'default',
      ARN: `arn:aws:config:${spec.region}:${spec.account}:configuration-recorder/default/1`,
      awsRegion: spec.region,
      relationships: [],
    });
  }
  for (const b of spec.buckets) items.push(bucketItem(spec.account, spec.region, b));
  return JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'test', configurationItems: items }, null, 1);
}
