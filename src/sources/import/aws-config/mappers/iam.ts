/**
 * AWS::IAM::User, AWS::IAM::Role and AWS::IAM::Policy. Their policy documents arrive URL-encoded
 * (`%7B%22Version%22...`). AWS Config records what identities may do, not how they sign in: users'
 * passwords, MFA devices and access keys are left unknown for the IAM credential report to fill in.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { describeError } from '../../../../model/errors.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { decodePolicyText, isAwsManagedPolicyArn } from '../../../../inventory/aws/policy.js';
import { isRecord, str } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

const CREDENTIALS =
  "AWS Config does not record IAM users' passwords, MFA devices or access keys; import the IAM " +
  'credential report (aws iam get-credential-report) or run a live scan';

type Configuration = Record<string, unknown>;

/** A field of the record's configuration, mapped; unknown (with the reason) when the record lacks it. */
function field(c: Configuration, key: string, map: (v: unknown) => unknown = (v) => v): unknown {
  if (!(key in c)) return unknown(`the AWS Config record has no configuration.${key}`);
  return map(c[key]);
}

/** A policy document as Config gives it (URL-encoded JSON text), decoded; unknown when it is not JSON. */
function document(v: unknown, what: string): unknown {
  if (v === null || v === undefined || v === '') return unknown(`${what} is empty in the AWS Config record`);
  try {
    return decodePolicyText(v);
  } catch (e) {
    return unknown(`${what} is not a valid (URL-encoded) JSON policy document: ${describeError(e)}`);
  }
}

/** `[{policyName, policyDocument}]` → `[{name, document}]`; one undecodable document makes the list unknown. */
function inlinePolicies(v: unknown): unknown {
  if (!Array.isArray(v)) return v ?? [];
  const out: { name: unknown; document: unknown }[] = [];
  for (const p of v as unknown[]) {
    if (!isRecord(p)) return unknown('an inline policy entry is not an object');
    const name = str(p.policyName) ?? '';
    const doc = document(p.policyDocument, `inline policy ${name}`);
    if (isUnknown(doc)) return doc;
    out.push({ name, document: doc });
  }
  return out;
}

function attachedArns(v: unknown): unknown {
  if (!Array.isArray(v)) return v ?? [];
  return (v as unknown[]).map((p) => (isRecord(p) ? p.policyArn : p));
}

function boundaryArn(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  return isRecord(v) ? (str(v.permissionsBoundaryArn) ?? null) : v;
}

/** `has-policy` relations to the customer managed policies a user or role has attached. AWS managed
 * policies are left out: AWS Config never records them, so such a relation could never resolve. */
function policyRelations(arns: unknown): Relation[] {
  if (!Array.isArray(arns)) return [];
  return arns
    .filter((a): a is string => typeof a === 'string' && !isAwsManagedPolicyArn(a))
    .map((target) => ({ kind: 'has-policy', target }));
}

function time(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = new Date(v);
  return Number.isNaN(t.getTime()) ? v : t.toISOString();
}

function nullableTime(v: unknown): unknown {
  return v === null || v === undefined ? null : time(v);
}

function arnOf(item: ConfigItem, c: Configuration | undefined, kind: 'user' | 'role' | 'policy'): string {
  const fromConfig = c === undefined ? undefined : str(c.arn);
  if (item.arn !== undefined) return item.arn;
  if (fromConfig !== undefined) return fromConfig;
  const path = (c === undefined ? undefined : str(c.path)) ?? '/';
  return `arn:aws:iam::${item.accountId}:${kind}${path}${item.resourceName ?? item.resourceId}`;
}

function allUnknown(keys: readonly string[], reason: string): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, unknown(reason)]));
}

const USER_FIELDS = [
  'path',
  'createdAt',
  'attachedPolicyArns',
  'inlinePolicies',
  'groups',
  'permissionsBoundaryArn',
] as const;

/** AWS::IAM::User → `aws.iam.user` (permissions; credentials unknown). */
export function mapUser(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = item.configuration;
  const uid = arnOf(item, c, 'user');
  const config: Record<string, unknown> =
    c === undefined
      ? allUnknown(USER_FIELDS, NOT_IN_RECORD('configuration'))
      : {
          path: field(c, 'path'),
          createdAt: field(c, 'createDate', time),
          attachedPolicyArns: field(c, 'attachedManagedPolicies', attachedArns),
          inlinePolicies: field(c, 'userPolicyList', inlinePolicies),
          groups: field(c, 'groupList', (v) => v ?? []),
          permissionsBoundaryArn: boundaryArn(c.permissionsBoundary),
        };
  Object.assign(
    config,
    allUnknown(['passwordEnabled', 'passwordLastUsed', 'passwordLastChanged'], CREDENTIALS),
  );
  Object.assign(config, allUnknown(['mfaActive', 'accessKeys'], CREDENTIALS));
  const base = candidateFromItem(item, source, uid, config, policyRelations(config.attachedPolicyArns));
  base.name = (c === undefined ? undefined : str(c.userName)) ?? base.name;
  return [
    {
      type: 'aws.iam.user',
      candidate: base,
    },
  ];
}

const ROLE_FIELDS = [
  'path',
  'createdAt',
  'trustPolicy',
  'attachedPolicyArns',
  'inlinePolicies',
  'permissionsBoundaryArn',
  'instanceProfileArns',
  'lastUsed',
] as const;

function instanceProfileArns(v: unknown): unknown {
  if (!Array.isArray(v)) return v ?? [];
  return (v as unknown[]).map((p) => (isRecord(p) ? p.arn : p));
}

/** AWS::IAM::Role → `aws.iam.role`. */
export function mapRole(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = item.configuration;
  const uid = arnOf(item, c, 'role');
  const config: Record<string, unknown> =
    c === undefined
      ? allUnknown(ROLE_FIELDS, NOT_IN_RECORD('configuration'))
      : {
          path: field(c, 'path'),
          createdAt: field(c, 'createDate', time),
          trustPolicy: field(c, 'assumeRolePolicyDocument', (v) => document(v, 'the trust policy')),
          attachedPolicyArns: field(c, 'attachedManagedPolicies', attachedArns),
          inlinePolicies: field(c, 'rolePolicyList', inlinePolicies),
          permissionsBoundaryArn: boundaryArn(c.permissionsBoundary),
          instanceProfileArns: field(c, 'instanceProfileList', instanceProfileArns),
          lastUsed: isRecord(c.roleLastUsed) ? nullableTime(c.roleLastUsed.lastUsedDate) : null,
        };
  // Config's role record follows GetAccountAuthorizationDetails, which has no MaxSessionDuration.
  config.maxSessionDurationSeconds =
    c !== undefined && typeof c.maxSessionDuration === 'number'
      ? c.maxSessionDuration
      : unknown(
          'AWS Config does not record a role’s maximum session duration; run a live scan (iam:GetRole)',
        );
  const base = candidateFromItem(item, source, uid, config, policyRelations(config.attachedPolicyArns));
  base.name = (c === undefined ? undefined : str(c.roleName)) ?? base.name;
  return [
    {
      type: 'aws.iam.role',
      candidate: base,
    },
  ];
}

const POLICY_FIELDS = [
  'path',
  'defaultVersionId',
  'document',
  'attachmentCount',
  'isAttachable',
  'createdAt',
  'updatedAt',
] as const;

/** The document of the default version in `policyVersionList` (URL-encoded in Config). */
function defaultDocument(c: Configuration): unknown {
  const versions = c.policyVersionList;
  if (!Array.isArray(versions))
    return unknown('the AWS Config record has no configuration.policyVersionList');
  const wanted = str(c.defaultVersionId);
  const version = versions.find(
    (v): v is Record<string, unknown> =>
      isRecord(v) && (v.isDefaultVersion === true || (wanted !== undefined && v.versionId === wanted)),
  );
  if (version === undefined) return unknown('the AWS Config record lists no default policy version');
  return document(version.document, `policy version ${str(version.versionId) ?? '(default)'}`);
}

/** AWS::IAM::Policy (customer managed; AWS Config does not record AWS managed policies) → `aws.iam.policy`. */
export function mapPolicy(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = item.configuration;
  const uid = arnOf(item, c, 'policy');
  const config: Record<string, unknown> =
    c === undefined
      ? allUnknown(POLICY_FIELDS, NOT_IN_RECORD('configuration'))
      : {
          path: field(c, 'path'),
          defaultVersionId: field(c, 'defaultVersionId'),
          document: defaultDocument(c),
          attachmentCount: field(c, 'attachmentCount'),
          isAttachable: field(c, 'isAttachable'),
          createdAt: field(c, 'createDate', time),
          updatedAt: field(c, 'updateDate', time),
        };
  config.awsManaged = isAwsManagedPolicyArn(uid);
  const base = candidateFromItem(item, source, uid, config, []);
  base.name = (c === undefined ? undefined : str(c.policyName)) ?? base.name;
  return [{ type: 'aws.iam.policy', candidate: base }];
}

export const iamMappers: Record<string, ConfigItemMapper> = {
  'AWS::IAM::User': mapUser,
  'AWS::IAM::Role': mapRole,
  'AWS::IAM::Policy': mapPolicy,
};
