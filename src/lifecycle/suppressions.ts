/**
 * Suppressions (exceptions): which findings are muted, why, by whom, until when. Pure: parsing a
 * suppression file's text into typed values (errors name the line), and matching a finding against a
 * suppression. Reading and writing the file is suppression-file.ts; applying them to stored findings
 * is the store's job (sqlite-lifecycle.ts).
 *
 * Semantics (docs/lifecycle.md): within one condition set every key given must hold (AND); a key given
 * a list holds when any of its values matches (OR); `tags` holds when every listed tag matches (AND),
 * `anyTags` when at least one does (OR). `match` may be a list of condition sets: the suppression
 * applies when any set holds (OR).
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError } from '../model/errors.js';

export const SUPPRESSION_KINDS = ['mitigated', 'risk-accepted'] as const;
export type SuppressionKind = (typeof SUPPRESSION_KINDS)[number];

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const tagMap = z.record(z.string().min(1), z.string());

const conditionSchema = z
  .object({
    rule: oneOrMany.optional(),
    account: oneOrMany.optional(),
    region: oneOrMany.optional(),
    type: oneOrMany.optional(),
    resource: oneOrMany.optional(),
    severity: oneOrMany.optional(),
    tags: tagMap.optional(),
    anyTags: tagMap.optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a condition set needs at least one key');

const isoTime = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime()) || (typeof v === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(v))) {
    ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not an ISO date or time` });
    return z.NEVER;
  }
  return d.toISOString();
});

export const suppressionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, ".", "_" or "-"')
      .max(100),
    reason: z.string().min(1),
    owner: z.string().min(1),
    kind: z.enum(SUPPRESSION_KINDS),
    expires: isoTime.optional(),
    created: isoTime.optional(),
    match: z.union([conditionSchema, z.array(conditionSchema).min(1)]),
  })
  .strict();

export type SuppressionCondition = z.infer<typeof conditionSchema>;
export type Suppression = z.infer<typeof suppressionSchema>;

const fileSchema = z
  .object({
    version: z.literal(1).optional(),
    suppressions: z.array(suppressionSchema).default([]),
  })
  .strict();

/** What a suppression is matched against: a finding's rule and resource. */
export interface FindingSubject {
  ruleId: string;
  severity: string;
  resource: {
    uid: string;
    type: string;
    account: string;
    region: string;
    name: string;
    tags: Record<string, string>;
  };
}

/**
 * Parse a suppression file's text. Every problem throws an InputError naming the file and line.
 * @example parseSuppressions('suppressions:\n  - id: a\n    ...', 'parapet.suppressions.yaml')
 */
export function parseSuppressions(text: string, file: string): Suppression[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new InputError(`${file}: line ${pos.line}: ${err.message.split('\n')[0]}`, {
      file,
      position: `line ${pos.line}`,
    });
  }
  const parsed = fileSchema.safeParse(doc.toJS({ maxAliasCount: 100 }) ?? {});
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const line = lineOf(issue.path);
    const where = line === undefined ? '' : ` line ${line}:`;
    throw new InputError(`${file}:${where} ${issue.path.join('.') || '(root)'}: ${issue.message}`, {
      file,
      ...(line === undefined ? {} : { position: `line ${line}` }),
    });
  }
  const seen = new Set<string>();
  parsed.data.suppressions.forEach((s, i) => {
    if (seen.has(s.id)) {
      const line = lineOf(['suppressions', i, 'id']);
      throw new InputError(
        `${file}:${line === undefined ? '' : ` line ${line}:`} suppressions.${i}.id: "${s.id}" is used twice`,
        { file },
      );
    }
    seen.add(s.id);
  });
  return parsed.data.suppressions;
}

/** A glob (`*` any run of characters, `?` one) as an anchored regular expression. */
function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}

const globCache = new Map<string, RegExp>();
function globMatches(glob: string, value: string): boolean {
  if (!glob.includes('*') && !glob.includes('?')) return glob === value;
  let re = globCache.get(glob);
  if (re === undefined) {
    re = globRegExp(glob);
    if (globCache.size < 10_000) globCache.set(glob, re);
  }
  return re.test(value);
}

const list = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : typeof v === 'string' ? [v] : v;

function anyOf(patterns: string | string[] | undefined, ...values: string[]): boolean {
  const ps = list(patterns);
  if (ps === undefined) return true;
  return ps.some((p) => values.some((v) => globMatches(p, v)));
}

function conditionHolds(c: SuppressionCondition, f: FindingSubject): boolean {
  const r = f.resource;
  if (!anyOf(c.rule, f.ruleId)) return false;
  if (!anyOf(c.account, r.account)) return false;
  if (!anyOf(c.region, r.region)) return false;
  if (!anyOf(c.type, r.type)) return false;
  if (!anyOf(c.severity, f.severity)) return false;
  if (!anyOf(c.resource, r.uid, r.name)) return false;
  if (
    c.tags &&
    !Object.entries(c.tags).every(([k, v]) => r.tags[k] !== undefined && globMatches(v, r.tags[k]))
  )
    return false;
  if (
    c.anyTags &&
    !Object.entries(c.anyTags).some(([k, v]) => r.tags[k] !== undefined && globMatches(v, r.tags[k]))
  )
    return false;
  return true;
}

/**
 * True when the suppression's conditions hold for the finding (expiry aside).
 * @example suppressionMatches({ ..., match: { rule: 'aws-s3-*', tags: { env: 'dev' } } }, finding)
 */
export function suppressionMatches(s: Suppression, f: FindingSubject): boolean {
  const sets = Array.isArray(s.match) ? s.match : [s.match];
  return sets.some((c) => conditionHolds(c, f));
}

/** True when the suppression is in force at `now` (no expiry, or expiring after now). */
export function isActive(s: Suppression, now: Date): boolean {
  return s.expires === undefined || new Date(s.expires).getTime() > now.getTime();
}

/** The first suppression in force at `now` that matches the finding. */
export function suppressionFor(
  suppressions: readonly Suppression[],
  f: FindingSubject,
  now: Date,
): Suppression | undefined {
  return suppressions.find((s) => isActive(s, now) && suppressionMatches(s, f));
}
