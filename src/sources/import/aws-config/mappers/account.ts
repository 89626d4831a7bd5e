/**
 * The account-level asset (`aws.account`) every AWS Config file implies, and AWS::S3::AccountPublicAccessBlock,
 * the one account setting AWS Config records. Everything else about the account stays unknown here,
 * each with the source that can supply it; other sources (the IAM credential report, a live scan) fill
 * those fields in when the assets are merged by uid.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { accountUid, liveOnlyAccountFields } from '../../../../inventory/aws/account.js';
import { partitionOf } from '../../../../inventory/aws/arn.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

const ROOT_USER =
  'AWS Config does not record the root user (MFA, access keys, last use); import the IAM credential ' +
  'report (aws iam get-credential-report) or run a live scan';

/** Why each account field is unknown in an AWS Config import. */
export const ACCOUNT_FIELDS_FROM_CONFIG = {
  rootMfaEnabled: ROOT_USER,
  rootAccessKeys: ROOT_USER,
  rootPasswordLastUsed: ROOT_USER,
  passwordPolicy:
    'AWS Config does not record the IAM account password policy, nor does the credential report; ' +
    'run a live scan (iam:GetAccountPasswordPolicy)',
  s3PublicAccessBlock:
    'this AWS Config file has no AWS::S3::AccountPublicAccessBlock item: none is set, or the recorder ' +
    'does not record that resource type',
  ebsEncryptionByDefault:
    'AWS Config does not record EBS encryption by default (a per-region setting); run a live scan ' +
    '(ec2:GetEbsEncryptionByDefault)',
  trailsListed:
    'an AWS Config file shows only the trails recorded in the regions it covers (a multi-region trail is ' +
    'recorded in its home region only), so it cannot show that the account has no other trail; run a ' +
    'live scan (cloudtrail:DescribeTrails)',
} as const;

function unknownAccountConfig(): Record<string, unknown> {
  return {
    ...Object.fromEntries(Object.entries(ACCOUNT_FIELDS_FROM_CONFIG).map(([k, why]) => [k, unknown(why)])),
    ...liveOnlyAccountFields('an AWS Config export'),
  };
}

/** The partition an item belongs to, from its ARN or, failing that, its region (`cn-north-1` → `aws-cn`). */
export function partitionOfItem(item: Pick<ConfigItem, 'arn' | 'region'>): string {
  if (item.arn !== undefined) return partitionOf(item.arn);
  if (item.region.startsWith('cn-')) return 'aws-cn';
  if (item.region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/**
 * The `aws.account` candidate an AWS Config file implies for an account it covers: every field unknown,
 * with the reason and the source that can supply it.
 * @example accountCandidate('111122223333', { kind: 'import', format: 'aws-config-snapshot', file: 'a.json' })
 */
export function accountCandidate(
  accountId: string,
  source: SourceRef,
  partition = 'aws',
): MappedCandidate | undefined {
  return {
    type: 'aws.account',
    candidate: {
      uid: accountUid(accountId, partition),
      account: accountId,
      region: 'global',
      name: accountId,
      tags: {},
      config: unknownAccountConfig(),
      relations: [],
      source,
    },
  };
}

/** AWS::S3::AccountPublicAccessBlock → the account's `s3PublicAccessBlock`. */
export function mapAccountPublicAccessBlock(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = item.configuration;
  const config = unknownAccountConfig();
  config.s3PublicAccessBlock = isRecord(c)
    ? {
        blockPublicAcls: c.blockPublicAcls,
        ignorePublicAcls: c.ignorePublicAcls,
        blockPublicPolicy: c.blockPublicPolicy,
        restrictPublicBuckets: c.restrictPublicBuckets,
      }
    : unknown(NOT_IN_RECORD('configuration'));
  const candidate: MappedCandidate['candidate'] = {
    uid: accountUid(item.accountId, partitionOfItem(item)),
    account: item.accountId,
    region: 'global',
    name: item.accountId,
    tags: {},
    config,
    relations: [],
    source,
  };
  if (item.captureTime !== undefined) candidate.capturedAt = item.captureTime;
  return [{ type: 'aws.account', candidate }];
}

export const accountMappers: Record<string, ConfigItemMapper> = {
  'AWS::S3::AccountPublicAccessBlock': mapAccountPublicAccessBlock,
};
