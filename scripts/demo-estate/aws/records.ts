/**
 * AWS Config configuration items in the two spellings AWS delivers them:
 * - the snapshot file delivered to S3 (`awsAccountId`, `ARN`, `configurationItemVersion`, the
 *   configuration as an object, supplementary values as objects — except `AccessControlList`, which
 *   S3 records as JSON text even there);
 * - the API (`aws configservice get-resource-config-history`): `accountId`, `arn`, `version`, the
 *   configuration as JSON text and every supplementary value as JSON text (the ACL encoded twice).
 */
import type { AwsAccount } from '../company.js';
import { compactStamp, hex, offsetTime, uuid } from '../ids.js';

export interface Relationship {
  resourceType: string;
  resourceId: string;
  resourceName?: string;
  name: string;
}

/** One configuration item, spelling-neutral. */
export interface ItemSpec {
  resourceType: string;
  resourceId: string;
  resourceName?: string;
  arn: string;
  /** `global` for IAM. */
  region: string;
  availabilityZone: string;
  createdAt: string | null;
  capturedAt: string;
  tags: Record<string, string>;
  relationships: Relationship[];
  configuration: Record<string, unknown>;
  supplementary: Record<string, unknown>;
}

/** Supplementary values AWS Config writes as JSON text even in snapshot files. */
const TEXT_IN_FILES = new Set(['AccessControlList']);

function stateId(capturedAt: string): number {
  return Date.parse(capturedAt);
}

/** The snapshot-file spelling of an item. */
export function fileItem(account: AwsAccount, spec: ItemSpec): Record<string, unknown> {
  const supplementary = Object.fromEntries(
    Object.entries(spec.supplementary).map(([k, v]) => [k, TEXT_IN_FILES.has(k) ? JSON.stringify(v) : v]),
  );
  return {
    relatedEvents: [],
    relationships: spec.relationships.map((r) => ({
      resourceId: r.resourceId,
      ...(r.resourceName === undefined ? {} : { resourceName: r.resourceName }),
      resourceType: r.resourceType,
      name: r.name,
    })),
    configuration: spec.configuration,
    supplementaryConfiguration: supplementary,
    tags: spec.tags,
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: spec.capturedAt,
    configurationStateId: stateId(spec.capturedAt),
    awsAccountId: account.id,
    configurationItemStatus: 'OK',
    resourceType: spec.resourceType,
    resourceId: spec.resourceId,
    ...(spec.resourceName === undefined ? {} : { resourceName: spec.resourceName }),
    ARN: spec.arn,
    awsRegion: spec.region,
    availabilityZone: spec.availabilityZone,
    configurationStateMd5Hash: '',
    resourceCreationTime: spec.createdAt,
  };
}

/** The API spelling of an item (`aws configservice get-resource-config-history` output). */
export function apiItem(account: AwsAccount, spec: ItemSpec): Record<string, unknown> {
  const supplementary = Object.fromEntries(
    Object.entries(spec.supplementary).map(([k, v]) => {
      const text = JSON.stringify(v);
      return [k, TEXT_IN_FILES.has(k) ? JSON.stringify(text) : text];
    }),
  );
  return {
    version: '1.3',
    accountId: account.id,
    configurationItemCaptureTime: offsetTime(spec.capturedAt),
    configurationItemStatus: 'OK',
    configurationStateId: String(stateId(spec.capturedAt)),
    configurationItemMD5Hash: '',
    arn: spec.arn,
    resourceType: spec.resourceType,
    resourceId: spec.resourceId,
    ...(spec.resourceName === undefined ? {} : { resourceName: spec.resourceName }),
    awsRegion: spec.region,
    availabilityZone: spec.availabilityZone,
    ...(spec.createdAt === null ? {} : { resourceCreationTime: offsetTime(spec.createdAt) }),
    tags: spec.tags,
    relatedEvents: [],
    relationships: spec.relationships.map((r) => ({
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      ...(r.resourceName === undefined ? {} : { resourceName: r.resourceName }),
      relationshipName: r.name,
    })),
    configuration: JSON.stringify(spec.configuration),
    supplementaryConfiguration: supplementary,
  };
}

/** A snapshot file's name as AWS Config delivers it: `<account>_Config_<region>_ConfigSnapshot_<time>_<id>.json.gz`. */
export function snapshotFileName(account: AwsAccount, region: string, at: string, gzip: boolean): string {
  const id = uuid(`config-snapshot/${account.id}/${region}`);
  return `${account.id}_Config_${region}_ConfigSnapshot_${compactStamp(at)}_${id}.json${gzip ? '.gz' : ''}`;
}

/** A whole snapshot file (one account and region), compact as AWS writes it. */
export function snapshotText(account: AwsAccount, region: string, items: readonly ItemSpec[]): string {
  return JSON.stringify({
    fileVersion: '1.0',
    configSnapshotId: uuid(`config-snapshot/${account.id}/${region}`),
    configurationItems: items.map((i) => fileItem(account, i)),
  });
}

/**
 * The items of one account and region as `aws configservice get-resource-config-history --limit 1`
 * prints them, one call per resource, gathered in one document (4-space indented, as the CLI prints).
 */
export function historyText(account: AwsAccount, items: readonly ItemSpec[]): string {
  return `${JSON.stringify({ configurationItems: items.map((i) => apiItem(account, i)) }, null, 4)}\n`;
}

/** Canonical user id of an account (S3 ACL owner). */
export function canonicalUserId(account: AwsAccount): string {
  return hex(`s3-canonical/${account.id}`, 64);
}
