/**
 * One row of the IAM credential report → an asset candidate. The `<root_account>` row describes the
 * root user and becomes fields of `aws.account`; every other row becomes an `aws.iam.user`. The report
 * says nothing about permissions (policies, groups) or other account settings, so those fields are
 * unknown with that reason; merging with AWS Config or a live scan fills them in.
 *
 * Values are AWS's own spellings: `true`/`false`, ISO times, `N/A` (no such credential),
 * `no_information` (never used, or not since IAM began tracking in October 2014), `not_supported`.
 */
import type { SourceRef } from '../../../model/asset.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { accountUid, liveOnlyAccountFields } from '../../../inventory/aws/account.js';
import type { AccessKey } from '../../../inventory/aws/iam.js';
import type { AssetCandidate } from '../../../inventory/build.js';

export const ROOT_USER = '<root_account>';

const NO_PERMISSIONS =
  'the IAM credential report does not list policies or groups; import AWS Config (AWS::IAM::User) or ' +
  'run a live scan';

/** Why each account field other than the root user's is unknown in a credential report import. */
export const ACCOUNT_FIELDS_FROM_REPORT = {
  passwordPolicy:
    'the IAM credential report does not include the account password policy, nor does AWS Config; run ' +
    'a live scan (iam:GetAccountPasswordPolicy)',
  s3PublicAccessBlock:
    'the IAM credential report does not include S3 Block Public Access; import AWS Config ' +
    '(AWS::S3::AccountPublicAccessBlock) or run a live scan',
  ebsEncryptionByDefault:
    'the IAM credential report does not include EBS encryption by default; run a live scan ' +
    '(ec2:GetEbsEncryptionByDefault)',
  trailsListed:
    'the IAM credential report does not list CloudTrail trails; run a live scan (cloudtrail:DescribeTrails)',
} as const;

/** A report row by column name, with the line it came from (for messages). */
export interface ReportRow {
  get(column: string): string | undefined;
  /** Where the row is, e.g. `line 4`, for messages. */
  where: string;
}

export interface RowResult {
  type: 'aws.account' | 'aws.iam.user';
  candidate: AssetCandidate;
  /** Values that were not in the expected form (kept as unknown). */
  warnings: string[];
}

const ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):(root|user\/.+)$/s;

/** Reads typed values from a row, recording malformed ones as unknown with a warning. */
class Values {
  readonly warnings: string[] = [];
  constructor(private readonly row: ReportRow) {}

  private raw(column: string): string | Unknown {
    const v = this.row.get(column);
    return v === undefined ? unknown(`the credential report has no ${column} column`) : v;
  }

  private malformed(column: string, value: string, expected: string): Unknown {
    const reason = `the credential report's ${column} is ${JSON.stringify(value)} at ${this.row.where}, expected ${expected}`;
    this.warnings.push(reason);
    return unknown(reason);
  }

  bool(column: string): boolean | Unknown {
    const v = this.raw(column);
    if (isUnknown(v)) return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    return this.malformed(column, v, 'true or false');
  }

  /** An ISO time, or null for `N/A` / `no_information` (no such credential, or never used). */
  time(column: string): string | null | Unknown {
    const v = this.raw(column);
    if (isUnknown(v)) return v;
    if (v === 'N/A' || v === 'no_information') return null;
    if (v === 'not_supported')
      return unknown(`the credential report does not support ${column} for this user`);
    const t = /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : undefined;
    if (t === undefined || Number.isNaN(t.getTime()))
      return this.malformed(column, v, 'an ISO time, N/A or no_information');
    return t.toISOString();
  }

  /** The keys in slots 1 and 2 that exist (active, or inactive with a rotation date). */
  accessKeys(): AccessKey[] | Unknown {
    const keys: AccessKey[] = [];
    for (const slot of [1, 2]) {
      const active = this.bool(`access_key_${slot}_active`);
      const lastRotated = this.time(`access_key_${slot}_last_rotated`);
      const lastUsed = this.time(`access_key_${slot}_last_used_date`);
      if (isUnknown(active)) return active;
      if (isUnknown(lastRotated)) return lastRotated;
      if (!active && lastRotated === null) continue; // no key in this slot
      if (isUnknown(lastUsed)) return lastUsed;
      keys.push({ id: `key${slot}`, active, lastRotated, lastUsed });
    }
    return keys;
  }
}

/** `arn:aws:iam::1:user/ops/alice` → `/ops/` (IAM user names cannot contain `/`). */
function pathOfUserArn(arn: string): string {
  const resource = arn.slice(arn.indexOf(':user/') + ':user/'.length);
  const cut = resource.lastIndexOf('/');
  return cut === -1 ? '/' : `/${resource.slice(0, cut + 1)}`;
}

/**
 * The candidate a report row describes, or a string saying why the row cannot be read (the caller
 * names the line).
 * @example candidateOfRow(row, source) // { type: 'aws.iam.user', candidate: { uid: 'arn:aws:iam::…:user/alice', … } }
 */
export function candidateOfRow(row: ReportRow, source: SourceRef, capturedAt?: string): RowResult | string {
  const user = row.get('user') ?? '';
  const arn = row.get('arn') ?? '';
  const m = ARN.exec(arn);
  if (m === null) return `arn ${JSON.stringify(arn)} is not an IAM user or root ARN`;
  const partition = m[1] ?? 'aws';
  const account = m[2] ?? '';
  const isRoot = m[3] === 'root';
  if (isRoot !== (user === ROOT_USER))
    return `user ${JSON.stringify(user)} does not match arn ${JSON.stringify(arn)}`;
  const values = new Values(row);
  const base = { account, region: 'global', tags: {}, relations: [], source };
  const withTime = (c: AssetCandidate): AssetCandidate =>
    capturedAt === undefined ? c : { ...c, capturedAt };
  if (isRoot) {
    const config: Record<string, unknown> = {
      rootMfaEnabled: values.bool('mfa_active'),
      rootAccessKeys: values.accessKeys(),
      rootPasswordLastUsed: values.time('password_last_used'),
      ...Object.fromEntries(Object.entries(ACCOUNT_FIELDS_FROM_REPORT).map(([k, why]) => [k, unknown(why)])),
      ...liveOnlyAccountFields('the IAM credential report'),
    };
    return {
      type: 'aws.account',
      candidate: withTime({ ...base, uid: accountUid(account, partition), name: account, config }),
      warnings: values.warnings,
    };
  }
  const passwordEnabled = values.bool('password_enabled');
  const config: Record<string, unknown> = {
    createdAt: values.time('user_creation_time'),
    passwordEnabled,
    passwordLastUsed: values.time('password_last_used'),
    passwordLastChanged: values.time('password_last_changed'),
    mfaActive: values.bool('mfa_active'),
    accessKeys: values.accessKeys(),
    path: pathOfUserArn(arn),
    attachedPolicyArns: unknown(NO_PERMISSIONS),
    inlinePolicies: unknown(NO_PERMISSIONS),
    groups: unknown(NO_PERMISSIONS),
    permissionsBoundaryArn: unknown(NO_PERMISSIONS),
  };
  if (config.createdAt === null)
    config.createdAt = unknown(`the credential report gives no user_creation_time at ${row.where}`);
  return {
    type: 'aws.iam.user',
    candidate: withTime({ ...base, uid: arn, name: user, config }),
    warnings: values.warnings,
  };
}
