/**
 * The AWS account itself (`arn:aws:iam::<account>:root`): the root user's credentials, the IAM password
 * policy, the account-wide S3 Block Public Access, EBS encryption by default, and whether the source
 * listed every CloudTrail trail. No single export carries all of it — AWS Config records the S3 block,
 * the IAM credential report the root user, a live scan the rest — so the type is mergeable by uid.
 */
import { z } from 'zod';
import { unknown } from '../../model/unknown.js';
import { defineAssetType, maybe } from '../define.js';
import { accessKeySchema, isoTime } from './iam.js';
import { publicAccessBlockSchema } from './s3.js';

const regionalSwitch = z.array(z.object({ region: z.string(), enabled: z.boolean() }));

export const passwordPolicySchema = z.object({
  minimumLength: z.number().int().nonnegative(),
  requireSymbols: z.boolean(),
  requireNumbers: z.boolean(),
  requireUppercase: z.boolean(),
  requireLowercase: z.boolean(),
  allowUsersToChangePassword: z.boolean(),
  /** Days before a password expires; null when passwords do not expire. */
  maxAgeDays: z.number().int().positive().nullable(),
  /** How many previous passwords cannot be reused; null when reuse is not prevented. */
  reusePrevention: z.number().int().positive().nullable(),
  /** True when an expired password can only be reset by an administrator. */
  hardExpiry: z.boolean(),
});
export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;

/** `arn:aws:iam::111122223333:root` — the uid of an account asset. */
export function accountUid(accountId: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:root`;
}

export const awsAccount = defineAssetType({
  type: 'aws.account',
  provider: 'aws',
  title: 'AWS account',
  mergeable: true,
  config: z.object({
    rootMfaEnabled: maybe(z.boolean()),
    /** The root user's access keys (active or not); an empty list when it has none. */
    rootAccessKeys: maybe(z.array(accessKeySchema)),
    /** Last root sign-in with the password; null when never used (or not since Oct 2014). */
    rootPasswordLastUsed: maybe(isoTime.nullable()),
    /** The IAM account password policy; null when none is set (AWS defaults apply). */
    passwordPolicy: maybe(passwordPolicySchema.nullable()),
    /** Account-level S3 Block Public Access; null when none is configured. */
    s3PublicAccessBlock: maybe(publicAccessBlockSchema.nullable()),
    /** EBS encryption by default, per region the source read (a regional setting). */
    ebsEncryptionByDefault: maybe(z.array(z.object({ region: z.string(), enabled: z.boolean() }))),
    /**
     * True when the source listed every CloudTrail trail of the account in every region, so a trail
     * absent from the inventory does not exist. Only then can "no trail" be a finding.
     */
    trailsListed: maybe(z.boolean()),
    /** Security Hub, per region the source read: enabled (subscribed) or not. */
    securityHub: maybe(regionalSwitch),
    /** GuardDuty, per region: a detector with status ENABLED. */
    guardDuty: maybe(regionalSwitch),
    /** Amazon Macie, per region: a Macie session with status ENABLED (not paused). */
    macie: maybe(regionalSwitch),
    /** IAM Access Analyzer, per region: an ACTIVE external-access analyzer (account or organisation). */
    accessAnalyzer: maybe(regionalSwitch),
    /** AWS Config, per region: a recorder that is recording, and what it records. */
    configRecorder: maybe(
      z.array(
        z.object({
          region: z.string(),
          recording: z.boolean(),
          allResourceTypes: z.boolean(),
          includesGlobalTypes: z.boolean(),
        }),
      ),
    ),
    /** Users, groups and roles with the AWSSupportAccess managed policy attached (`user/alice`, `role/support`). */
    supportAccessEntities: maybe(z.array(z.string())),
    /** SSL/TLS server certificates stored in IAM, with their expiry. */
    serverCertificates: maybe(z.array(z.object({ name: z.string(), expiresAt: isoTime }))),
    /** True when the root user's MFA device is a virtual (app) device rather than a hardware one. */
    rootVirtualMfa: maybe(z.boolean()),
    /** GuardDuty protection plans (`S3_DATA_EVENTS`, `RDS_LOGIN_EVENTS`, ...) enabled per region; empty where no detector is on. */
    guardDutyFeatures: maybe(z.array(z.object({ region: z.string(), features: z.array(z.string()) }))),
    /** True when a security alternate contact is registered for the account. */
    securityContact: maybe(z.boolean()),
  }),
});

/**
 * Account fields only a live scan reads, with the call that reads them: importers record them as
 * unknown with this reason.
 */
export const LIVE_ONLY_ACCOUNT_FIELDS = {
  securityHub: 'securityhub:DescribeHub in each region',
  guardDuty: 'guardduty:ListDetectors and GetDetector in each region',
  macie: 'macie2:GetMacieSession in each region',
  accessAnalyzer: 'access-analyzer:ListAnalyzers in each region',
  configRecorder:
    'config:DescribeConfigurationRecorders and DescribeConfigurationRecorderStatus in each region',
  supportAccessEntities: 'iam:ListEntitiesForPolicy for AWSSupportAccess',
  serverCertificates: 'iam:ListServerCertificates',
  rootVirtualMfa: 'iam:ListVirtualMFADevices',
  guardDutyFeatures: 'guardduty:GetDetector in each region',
  securityContact: 'account:GetAlternateContact',
} as const;

/** `{ field: unknown('<source> does not record …; run a live scan (<call>)') }` for the live-only fields. */
export function liveOnlyAccountFields(source: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(LIVE_ONLY_ACCOUNT_FIELDS).map(([field, call]) => [
      field,
      unknown(`${source} does not record this; run a live scan (${call})`),
    ]),
  );
}
