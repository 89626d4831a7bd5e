/**
 * AWS IAM policy documents (identity, resource and trust policies): the schema they are parsed into,
 * and the questions rules ask of them — is a statement public, does it grant full admin, which
 * accounts may assume a role and with what conditions. Matching follows IAM's rules: action names are
 * case-insensitive with `*` and `?` wildcards.
 */
import { z } from 'zod';

const stringOrList = z.union([z.string(), z.array(z.string())]);

export const principalSchema = z.union([
  z.literal('*'),
  z.record(z.string(), stringOrList), // { AWS: [...], Service: ..., Federated: ... }
]);

export const statementSchema = z.object({
  Sid: z.string().optional(),
  Effect: z.enum(['Allow', 'Deny']),
  Principal: principalSchema.optional(),
  NotPrincipal: principalSchema.optional(),
  Action: stringOrList.optional(),
  NotAction: stringOrList.optional(),
  Resource: stringOrList.optional(),
  NotResource: stringOrList.optional(),
  Condition: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

export const policyDocumentSchema = z.object({
  Version: z.string().optional(),
  Id: z.string().optional(),
  Statement: z
    .union([statementSchema, z.array(statementSchema)])
    .transform((s) => (Array.isArray(s) ? s : [s])),
});

export type PolicyStatement = z.infer<typeof statementSchema>;
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type Principal = z.infer<typeof principalSchema>;

export function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * Decode a policy document as the sources deliver it: an object, a JSON string, or (AWS Config, IAM
 * APIs) a URL-encoded JSON string. Returns the parsed JSON; schema parsing happens in buildAsset.
 * @example decodePolicyText('%7B%22Version%22%3A%222012-10-17%22%7D') // { Version: '2012-10-17' }
 */
export function decodePolicyText(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const text = v.trim();
  if (text.startsWith('{')) return JSON.parse(text) as unknown;
  return JSON.parse(decodeURIComponent(text)) as unknown;
}

/** IAM wildcard match (`*`, `?`), case-insensitive, as IAM matches action names. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const p = pattern.toLowerCase();
  const v = value.toLowerCase();
  // Iterative glob match: linear in practice, no regex built from untrusted input.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** The AWS principals named by a Principal element (`*`, account ids, ARNs). */
export function awsPrincipals(principal: Principal | undefined): string[] {
  if (principal === undefined) return [];
  if (principal === '*') return ['*'];
  return asList(principal.AWS);
}

/** True when the principal is everyone (`"*"` or `{"AWS": "*"}`). */
export function isPublicPrincipal(principal: Principal | undefined): boolean {
  return awsPrincipals(principal).includes('*');
}

/**
 * Condition keys that narrow a public principal to a known caller, so the statement is not public.
 * (`aws:SourceIp` counts only when it does not itself admit the whole internet.)
 */
const NARROWING_KEYS = [
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalarn',
  'aws:userid',
  'aws:sourceip',
  'aws:resourceaccount',
  'aws:resourceorgid',
  'kms:calleraccount',
  'kms:viaservice',
  'sts:externalid',
];

/** True for a CIDR that admits (nearly) the whole internet: `/0`, or an IPv4 prefix shorter than /8. */
function isInternetWide(cidr: unknown): boolean {
  const m = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(String(cidr).trim());
  if (m === null) return false;
  const bits = m[2] === undefined ? (m[1]!.includes(':') ? 128 : 32) : Number(m[2]);
  return m[1]!.includes(':') ? bits === 0 : bits < 8;
}

/** True for a condition value that matches anything (`*`), so it restricts nothing. */
function isWildcardOnly(v: unknown): boolean {
  return typeof v === 'string' && /^\*+$/.test(v);
}

/**
 * True when a statement's conditions restrict who can use it (see NARROWING_KEYS). Only operators that
 * require the key to be present and to match count: negated operators (`StringNotEquals`,
 * `NotIpAddress`) still admit everyone else, `...IfExists` and `Null` admit callers without the key, a
 * `*` value matches anything, and `aws:SourceIp` must not admit the whole internet.
 */
export function hasNarrowingCondition(stmt: PolicyStatement): boolean {
  for (const [operator, entries] of Object.entries(stmt.Condition ?? {})) {
    const op = operator.toLowerCase().replace(/^for(any|all)value:/, '');
    if (op.includes('not') || op.endsWith('ifexists') || op === 'null') continue;
    for (const [key, value] of Object.entries(entries)) {
      const k = key.toLowerCase();
      if (!NARROWING_KEYS.includes(k)) continue;
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      if (values.length === 0 || values.some(isWildcardOnly)) continue;
      if (k === 'aws:sourceip' && (op !== 'ipaddress' || values.some(isInternetWide))) continue;
      return true;
    }
  }
  return false;
}

/**
 * True when an Allow statement applies to everyone: a public principal (`"*"`, `{"AWS": "*"}`), or a
 * `NotPrincipal` (everyone except the listed principals).
 */
export function appliesToEveryone(stmt: PolicyStatement): boolean {
  return (
    isPublicPrincipal(stmt.Principal) || (stmt.Principal === undefined && stmt.NotPrincipal !== undefined)
  );
}

/** Allow statements that any principal on the internet can use. */
export function publicStatements(doc: PolicyDocument): PolicyStatement[] {
  return doc.Statement.filter(
    (s) => s.Effect === 'Allow' && appliesToEveryone(s) && !hasNarrowingCondition(s),
  );
}

/**
 * The public statements (see publicStatements) that allow one of `actions` (IAM wildcards and
 * `NotAction` honoured), e.g. `publicActionStatements(doc, ['s3:PutObject', 's3:DeleteObject'])`.
 */
export function publicActionStatements(doc: PolicyDocument, actions: readonly string[]): PolicyStatement[] {
  return publicStatements(doc).filter((s) => actions.some((a) => statementAllowsAction(s, a)));
}

/** True when an Allow statement grants every action on every resource (`"Action": "*"`, `"Resource": "*"`). */
export function grantsFullAdmin(stmt: PolicyStatement): boolean {
  if (stmt.Effect !== 'Allow') return false;
  const actions = asList(stmt.Action);
  const resources = asList(stmt.Resource);
  const allActions = actions.some((a) => a === '*' || a === '*:*');
  return allActions && resources.includes('*');
}

/** Service-wide wildcard actions (`s3:*`, `iam:*`) granted by an Allow statement, plus NotAction use. */
export function wildcardServiceActions(stmt: PolicyStatement): string[] {
  if (stmt.Effect !== 'Allow') return [];
  const out = asList(stmt.Action).filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
  if (stmt.NotAction !== undefined) out.push(`NotAction:${asList(stmt.NotAction).join(',')}`);
  return out;
}

/** True when the statement's action list covers `action` (e.g. `s3:GetObject` by `s3:Get*`). */
export function statementAllowsAction(stmt: PolicyStatement, action: string): boolean {
  if (stmt.Effect !== 'Allow') return false;
  if (stmt.NotAction !== undefined) return !asList(stmt.NotAction).some((p) => wildcardMatch(p, action));
  return asList(stmt.Action).some((p) => wildcardMatch(p, action));
}

/** The account id an AWS principal string names (`123456789012`, `arn:aws:iam::123456789012:root`). */
export function principalAccount(p: string): string | undefined {
  if (/^\d{12}$/.test(p)) return p;
  const m = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(p);
  return m?.[1];
}

/** True when a statement's conditions require an `sts:ExternalId`. */
export function requiresExternalId(stmt: PolicyStatement): boolean {
  for (const operators of Object.values(stmt.Condition ?? {})) {
    for (const key of Object.keys(operators)) if (key.toLowerCase() === 'sts:externalid') return true;
  }
  return false;
}

/** True for an AWS managed policy ARN (`arn:aws:iam::aws:policy/...`, any partition). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}

/**
 * True for the AWS managed policy that grants every action on every resource
 * (`arn:aws:iam::aws:policy/AdministratorAccess`, any partition). The look-alikes
 * `AdministratorAccess-Amplify` and `AdministratorAccess-AWSElasticBeanstalk` are narrower and do not count.
 */
export function isFullAdminManagedPolicyArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/.test(arn);
}

/** True when any statement of the document grants every action on every resource. */
export function documentGrantsFullAdmin(doc: PolicyDocument): boolean {
  return doc.Statement.some(grantsFullAdmin);
}

/** The lower-cased condition keys a statement uses, e.g. `sts:externalid`, `aws:principalorgid`. */
export function conditionKeys(stmt: PolicyStatement): string[] {
  const out: string[] = [];
  for (const operators of Object.values(stmt.Condition ?? {})) {
    for (const key of Object.keys(operators)) out.push(key.toLowerCase());
  }
  return out;
}

/**
 * True when a statement's conditions require MFA: `aws:MultiFactorAuthPresent` tested for `true` with
 * the `Bool` operator, or an upper bound on `aws:MultiFactorAuthAge`. `BoolIfExists` does not count: it admits
 * callers whose request carries no MFA information at all (long-term access keys).
 */
export function requiresMfa(stmt: PolicyStatement): boolean {
  for (const [operator, entries] of Object.entries(stmt.Condition ?? {})) {
    for (const [key, value] of Object.entries(entries)) {
      const k = key.toLowerCase();
      const op = operator.toLowerCase();
      // An upper bound on the MFA age fails when the key is absent, i.e. without MFA.
      if (k === 'aws:multifactorauthage' && (op === 'numericlessthan' || op === 'numericlessthanequals'))
        return true;
      if (k !== 'aws:multifactorauthpresent' || op !== 'bool') continue;
      const values = Array.isArray(value) ? value : [value];
      if (values.length > 0 && values.every((v) => String(v).toLowerCase() === 'true')) return true;
    }
  }
  return false;
}

/** True when a statement's conditions limit callers to an AWS Organization (or organizational units). */
export function requiresOrganization(stmt: PolicyStatement): boolean {
  return conditionKeys(stmt).some((k) => k === 'aws:principalorgid' || k === 'aws:principalorgpaths');
}

/**
 * True when a role trust statement lets anyone assume the role: an Allow with a public principal and no
 * condition that narrows the caller. `sts:ExternalId` does not narrow here: it is not a secret, so it
 * cannot stop a stranger who learns it.
 */
export function trustStatementIsPublic(stmt: PolicyStatement): boolean {
  if (stmt.Effect !== 'Allow' || !isPublicPrincipal(stmt.Principal)) return false;
  const narrowing: PolicyStatement = { ...stmt, Condition: withoutKeys(stmt.Condition, ['sts:externalid']) };
  return !hasNarrowingCondition(narrowing);
}

function withoutKeys(
  condition: PolicyStatement['Condition'],
  keys: readonly string[],
): PolicyStatement['Condition'] {
  if (condition === undefined) return undefined;
  // fromEntries (not assignment) so a hostile `__proto__` operator stays a plain key.
  const out: [string, Record<string, unknown>][] = [];
  for (const [operator, entries] of Object.entries(condition)) {
    const kept = Object.entries(entries).filter(([k]) => !keys.includes(k.toLowerCase()));
    if (kept.length > 0) out.push([operator, Object.fromEntries(kept)]);
  }
  return Object.fromEntries(out);
}

/**
 * The AWS principals of a statement that belong to an account other than `ownAccount` (account ids,
 * account root ARNs, user and role ARNs). `*` is left out: a public principal is a different question
 * (see trustStatementIsPublic).
 * @example crossAccountPrincipals(stmt, '111122223333') // ['arn:aws:iam::444455556666:root']
 */
export function crossAccountPrincipals(stmt: PolicyStatement, ownAccount: string): string[] {
  return awsPrincipals(stmt.Principal).filter((p) => {
    if (p === '*') return false;
    const account = principalAccount(p);
    return account !== undefined && account !== ownAccount;
  });
}
