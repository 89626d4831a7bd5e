/**
 * Configuration drift, pure: an asset's normalised configuration and its hash (what a baseline
 * approves), field-level differences between two states of an asset, which differences are
 * security-relevant (they flip a rule's result, or touch exposure, encryption, logging or IAM), and
 * the drift between two sets of assets (a baseline or a scan, and a later scan).
 */
import { createHash } from 'node:crypto';

/** One asset as drift compares it: identity, normalisable state, and its rule results in that scan. */
export interface DriftAsset {
  uid: string;
  type: string;
  provider: string;
  account: string;
  region: string;
  name: string;
  tags: Record<string, string>;
  config: Record<string, unknown>;
  /** Rule id → result (`pass`, `fail`, `error`, `not_applicable`) in the scan this state comes from. */
  results: Record<string, string>;
}

export type SecurityCategory = 'exposure' | 'encryption' | 'logging' | 'iam';

export interface FieldDiff {
  /** Dotted path: `config.publicAccessBlock.blockPublicAcls`, `tags.env`, `region`. */
  path: string;
  before: unknown;
  after: unknown;
  /** The security concern the field's name points at, if any. */
  category?: SecurityCategory;
}

export interface RuleFlip {
  ruleId: string;
  before: string | undefined;
  after: string | undefined;
}

export type DriftChange = 'added' | 'removed' | 'changed' | 'unseen';

export interface DriftEntry {
  uid: string;
  type: string;
  account: string;
  region: string;
  name: string;
  change: DriftChange;
  fields: FieldDiff[];
  /** Rules whose result differs between the two states (pass ↔ fail, …). */
  flips: RuleFlip[];
  /** True when a rule's result flipped or a field touches exposure, encryption, logging or IAM. */
  security: boolean;
}

/** Arrays of plain values are sorted (providers reorder them freely); object keys are sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    if (items.every((v) => v === null || typeof v !== 'object'))
      return [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonical(v);
    }
    return out;
  }
  return value;
}

/**
 * The state of an asset a baseline approves: where it is, its name, tags and typed configuration,
 * with keys sorted and value lists in order. Capture times and source positions are left out: they
 * change without the configuration changing.
 */
export function normalisedState(
  a: Omit<DriftAsset, 'results' | 'uid' | 'type' | 'provider'>,
): Record<string, unknown> {
  return canonical({
    account: a.account,
    region: a.region,
    name: a.name,
    tags: a.tags,
    config: a.config,
  }) as Record<string, unknown>;
}

/** sha256 of the normalised state's JSON. @example stateHash(a) // 'e3b0c4…' */
export function stateHash(a: Omit<DriftAsset, 'results' | 'uid' | 'type' | 'provider'>): string {
  return createHash('sha256')
    .update(JSON.stringify(normalisedState(a)))
    .digest('hex');
}

const CATEGORY_PATTERNS: [SecurityCategory, RegExp][] = [
  [
    'exposure',
    /public|acl\b|acls|cidr|ingress|egress|(^|\.)ports?\b|Port|firewall|network|endpoint|exposure|ipaddress|iprange|sourcerange|internet|nsg|securitygroup/i,
  ],
  ['encryption', /encrypt|kms|\bsse|sseAlgorithm|cmk|tls|ssl|cipher|certificate|cryptokey/i],
  ['logging', /logging|(^|\.)logs?\b|Log[A-Z]|log[A-Z]|trail|audit|flowlog|monitor|diagnostic|retention/],
  [
    'iam',
    /iam|polic|role|principal|permission|trust|mfa|password|accesskey|credential|admin|binding|member|owner|serviceaccount|rbac|assignment|grant/i,
  ],
];

/** The security concern a field path points at: exposure, encryption, logging or IAM. */
export function securityCategory(path: string): SecurityCategory | undefined {
  if (!path.startsWith('config.')) return undefined;
  for (const [category, re] of CATEGORY_PATTERNS) if (re.test(path)) return category;
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Field-level differences between two normalised states, leaf by leaf; lists of values compare as a
 * whole, lists of objects item by item.
 */
export function fieldDiffs(before: unknown, after: unknown, path = ''): FieldDiff[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const at = (p: string) => (path === '' ? p : `${path}.${p}`);
  if (isObject(before) && isObject(after) && !('$unknown' in before) && !('$unknown' in after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => fieldDiffs(before[k], after[k], at(k)));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    const b: unknown[] = before;
    const a: unknown[] = after;
    if (b.some(isObject) || a.some(isObject)) return b.flatMap((x, i) => fieldDiffs(x, a[i], at(String(i))));
  }
  const d: FieldDiff = { path, before: before ?? null, after: after ?? null };
  const category = securityCategory(path);
  if (category !== undefined) d.category = category;
  return [d];
}

/** Rules whose result differs between two states of an asset. */
export function ruleFlips(before: Record<string, string>, after: Record<string, string>): RuleFlip[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids
    .filter((id) => before[id] !== undefined && after[id] !== undefined && before[id] !== after[id])
    .map((id) => ({ ruleId: id, before: before[id], after: after[id] }));
}

function entry(a: DriftAsset, change: DriftChange, fields: FieldDiff[], flips: RuleFlip[]): DriftEntry {
  return {
    uid: a.uid,
    type: a.type,
    account: a.account,
    region: a.region,
    name: a.name,
    change,
    fields,
    flips,
    security: flips.length > 0 || fields.some((f) => f.category !== undefined),
  };
}

/**
 * Drift from `reference` (a baseline or an earlier scan) to `target` (a later scan): assets added,
 * changed (with their field differences and rule flips), and removed — or `unseen` when the target
 * did not fully cover the asset's scope, so its absence proves nothing.
 */
export function driftBetween(
  reference: Iterable<DriftAsset>,
  target: Iterable<DriftAsset>,
  covered: (a: DriftAsset) => boolean,
): DriftEntry[] {
  const before = new Map<string, DriftAsset>();
  for (const a of reference) before.set(a.uid, a);
  const out: DriftEntry[] = [];
  for (const a of target) {
    const b = before.get(a.uid);
    before.delete(a.uid);
    if (b === undefined) {
      out.push(entry(a, 'added', [], []));
      continue;
    }
    const fields = fieldDiffs(normalisedState(b), normalisedState(a));
    if (fields.length === 0) continue;
    out.push(entry(a, 'changed', fields, ruleFlips(b.results, a.results)));
  }
  for (const b of before.values()) out.push(entry(b, covered(b) ? 'removed' : 'unseen', [], []));
  return out.sort((x, y) => (x.uid < y.uid ? -1 : x.uid > y.uid ? 1 : 0));
}
