/**
 * IAM identities and customer managed policies: users (credentials, MFA, attached and inline
 * policies), roles (trust policy, permissions) and managed policies (the default version's document).
 * AWS Config describes users' permissions but not their credentials; the IAM credential report
 * describes credentials but not permissions. Users are therefore mergeable: both sources fill in the
 * same asset by ARN.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { policyDocumentSchema } from './policy.js';

/** An ISO 8601 time, with `Z` or an offset, as AWS prints them. */
export const isoTime = z.iso.datetime({ offset: true });

/** An access key of a user or of the root user. */
export const accessKeySchema = z.object({
  /** The access key id when the source gives it; `key1`/`key2` for the credential report's two slots. */
  id: z.string(),
  active: z.boolean(),
  /** When the key was created or last rotated. */
  lastRotated: isoTime.nullable(),
  /** Last use; null when the key has never been used. */
  lastUsed: isoTime.nullable(),
});
export type AccessKey = z.infer<typeof accessKeySchema>;

/** An inline (embedded) policy of a user, role or group. */
export const inlinePolicySchema = z.object({
  name: z.string(),
  document: policyDocumentSchema,
});

export const iamUser = defineAssetType({
  type: 'aws.iam.user',
  provider: 'aws',
  title: 'IAM user',
  mergeable: true,
  config: z.object({
    path: maybe(z.string()),
    createdAt: maybe(isoTime),
    /** ARNs of the managed policies attached directly to the user. */
    attachedPolicyArns: maybe(z.array(z.string())),
    inlinePolicies: maybe(z.array(inlinePolicySchema)),
    /** Names of the groups the user belongs to. */
    groups: maybe(z.array(z.string())),
    /** Permissions boundary policy ARN; null when none is set. */
    permissionsBoundaryArn: maybe(z.string().nullable()),
    /** True when the user has a console password. */
    passwordEnabled: maybe(z.boolean()),
    /** Last console sign-in; null when the password was never used (or has not been since Oct 2014). */
    passwordLastUsed: maybe(isoTime.nullable()),
    /** When the password was set or last changed; null when the user has no password. */
    passwordLastChanged: maybe(isoTime.nullable()),
    /** True when an MFA device (virtual, hardware or passkey) is active for the user. */
    mfaActive: maybe(z.boolean()),
    /** The user's access keys, active or not; an empty list when the user has none. */
    accessKeys: maybe(z.array(accessKeySchema)),
  }),
});

export const iamRole = defineAssetType({
  type: 'aws.iam.role',
  provider: 'aws',
  title: 'IAM role',
  config: z.object({
    /** `/aws-service-role/...` for service-linked roles. */
    path: maybe(z.string()),
    createdAt: maybe(isoTime),
    /** Who may assume the role (AssumeRolePolicyDocument). */
    trustPolicy: maybe(policyDocumentSchema),
    attachedPolicyArns: maybe(z.array(z.string())),
    inlinePolicies: maybe(z.array(inlinePolicySchema)),
    /** Permissions boundary policy ARN; null when none is set. */
    permissionsBoundaryArn: maybe(z.string().nullable()),
    maxSessionDurationSeconds: maybe(z.number().int().positive()),
    instanceProfileArns: maybe(z.array(z.string())),
    /** Last time the role was assumed; null when it has not been (within IAM's tracking window). */
    lastUsed: maybe(isoTime.nullable()),
  }),
});

export const iamPolicy = defineAssetType({
  type: 'aws.iam.policy',
  provider: 'aws',
  title: 'IAM managed policy',
  config: z.object({
    path: maybe(z.string()),
    /** True for AWS managed policies (`arn:aws:iam::aws:policy/...`); rules judge customer managed ones. */
    awsManaged: maybe(z.boolean()),
    defaultVersionId: maybe(z.string()),
    /** The default version's document: the permissions the policy grants. */
    document: maybe(policyDocumentSchema),
    /** How many users, groups and roles the policy is attached to. */
    attachmentCount: maybe(z.number().int().nonnegative()),
    isAttachable: maybe(z.boolean()),
    createdAt: maybe(isoTime),
    updatedAt: maybe(isoTime),
  }),
});
