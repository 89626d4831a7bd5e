/**
 * Which AWS Backup plans select a resource, from the plans' resource selections: the one place the
 * selection logic lives, shared by every "covered by a backup plan" rule (RDS.26, DynamoDB.4, EC2.28,
 * EFS.2). AWS's documented semantics: `Resources` (ARN patterns) and `ListOfTags` (tag equalities) are
 * combined with OR; a selection naming neither selects every resource; every `Conditions` entry must
 * then hold (AND); a `NotResources` match excludes. Tags a source could not read make a verdict that
 * depends on them undecided, never a guess.
 */
import type { BackupSelectionCriteria } from './backup.js';

/** true, false, or undefined when it depends on something unknown. */
type Tri = boolean | undefined;

const anyOf = (xs: Tri[]): Tri => (xs.includes(true) ? true : xs.includes(undefined) ? undefined : false);
const allOf = (xs: Tri[]): Tri => (xs.includes(false) ? false : xs.includes(undefined) ? undefined : true);

/**
 * A Backup ARN or tag pattern: `*` matches any run of characters (none included), everything else
 * literally and case-sensitively.
 * @example wildcardMatch('arn:aws:ec2:*:*:volume/*', 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-1') // true
 */
export function wildcardMatch(pattern: string, value: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === value;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!value.startsWith(first) || value.length < first.length + last.length || !value.endsWith(last))
    return false;
  let at = first.length;
  const end = value.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = value.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}

/**
 * Whether one selection assigns the resource to its plan; undefined when that depends on tags that
 * are unknown (`tags` undefined).
 */
export function selectionSelects(
  c: BackupSelectionCriteria,
  arn: string,
  tags: Readonly<Record<string, string>> | undefined,
): boolean | undefined {
  if (c.notResources.some((p) => wildcardMatch(p, arn))) return false;
  const tag = (key: string): string | null | undefined =>
    tags === undefined ? undefined : Object.hasOwn(tags, key) ? tags[key]! : null;
  const equalTo = (key: string, value: string): Tri => {
    const t = tag(key);
    return t === undefined ? undefined : t === value;
  };
  const like = (key: string, pattern: string): Tri => {
    const t = tag(key);
    return t === undefined ? undefined : t !== null && wildcardMatch(pattern, t);
  };
  const not = (x: Tri): Tri => (x === undefined ? undefined : !x);
  const named = c.resources.length > 0 || c.listOfTags.length > 0;
  const included = named
    ? anyOf([
        ...c.resources.map((p) => wildcardMatch(p, arn)),
        ...c.listOfTags.map((t) => equalTo(t.key, t.value)),
      ])
    : true;
  // A missing tag is not equal to (and not like) any value: StringNot* conditions hold for it.
  return allOf([
    included,
    ...c.conditions.stringEquals.map((t) => equalTo(t.key, t.value)),
    ...c.conditions.stringNotEquals.map((t) => not(equalTo(t.key, t.value))),
    ...c.conditions.stringLike.map((t) => like(t.key, t.value)),
    ...c.conditions.stringNotLike.map((t) => not(like(t.key, t.value))),
  ]);
}

/** A selection as the coverage question needs it. */
export interface SelectionRef {
  /** The plan it assigns resources to. */
  planId: string;
  /** How it is named in messages. */
  name: string;
  /** Its criteria, or the reason they are unknown. */
  criteria: BackupSelectionCriteria | { reason: string };
}

export interface PlanCoverage {
  /** Plans (ids, sorted, once each) with a selection that assigns the resource. */
  plans: string[];
  /** Selections that might assign it but cannot be decided, with why. */
  undecided: { name: string; reason: string }[];
}

/**
 * Which plans select a resource (ARN and tags; tags undefined when unknown, with `tagsReason`).
 * @example plansSelecting('arn:aws:ec2:eu-west-1:1:volume/vol-1', {}, undefined, [{ planId: 'p', name: 's', criteria: all }])
 *   // { plans: ['p'], undecided: [] }
 */
export function plansSelecting(
  arn: string,
  tags: Readonly<Record<string, string>> | undefined,
  tagsReason: string | undefined,
  selections: readonly SelectionRef[],
): PlanCoverage {
  const plans = new Set<string>();
  const undecided: PlanCoverage['undecided'] = [];
  for (const s of selections) {
    if ('reason' in s.criteria) {
      undecided.push({ name: s.name, reason: s.criteria.reason });
      continue;
    }
    const v = selectionSelects(s.criteria, arn, tags);
    if (v === true) plans.add(s.planId);
    else if (v === undefined)
      undecided.push({
        name: s.name,
        reason: `it selects by tag and the resource's tags are unknown: ${tagsReason ?? 'not read'}`,
      });
  }
  return { plans: [...plans].sort(), undecided };
}
