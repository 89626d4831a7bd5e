/**
 * The rule API, in the spirit of ESLint: a rule is metadata (id, title, severity, asset types,
 * message ids, remediation) kept apart from its logic. `check` only returns a verdict through the
 * context; it never reads the outside world. A field the source could not read is read with `need()`,
 * which makes the result `error` (unknown) instead of a false pass or fail.
 */
import type { AnyAsset } from '../model/asset.js';
import { UnknownFieldError } from '../model/errors.js';
import type { Severity } from '../model/severity.js';
import { isUnknown, type Unknown } from '../model/unknown.js';
import type { AssetOf, AssetType } from '../inventory/types.js';
import type { AssetFacts } from '../inventory/graph/facts.js';

export const RULE_CATEGORIES = [
  'storage',
  'database',
  'compute',
  'network',
  'identity',
  'logging',
  'encryption',
  'kubernetes',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/**
 * What a failing result says about the resource, used by risk scoring: `exposure` (reachable from the
 * internet or public), `encryption`, `logging`, `privilege` (over-broad access), `credentials`.
 */
export type RuleAspect = 'exposure' | 'encryption' | 'logging' | 'privilege' | 'credentials' | 'resilience';

export interface Remediation {
  /** What to change, in a sentence or two. */
  text: string;
  cli?: string;
  terraform?: string;
  console?: string;
}

export interface RuleMeta<T extends AssetType, M extends string> {
  /** `<provider>-<service>-<what must hold>`, kebab case, permanent once released. */
  id: string;
  /** What must hold, as a statement: "S3 buckets block public access". */
  title: string;
  /** Why it matters, a short paragraph. */
  description: string;
  severity: Severity;
  category: RuleCategory;
  aspects: readonly RuleAspect[];
  assetTypes: readonly T[];
  /** Other asset types the check reads through `ctx.assets()` / `ctx.related()`. */
  requires?: readonly AssetType[];
  /** Message templates by id; `{{name}}` is replaced from the data given to `ctx.fail`. */
  messages: Record<M, string>;
  remediation: Remediation;
  references?: readonly string[];
  /**
   * A toxic combination: the rule is judged after every asset has been read, over the exposure graph
   * (`ctx.facts`) and the failures of its component rules (`ctx.failed`). Its failing result names the
   * component findings in `evidence.components`, and reports show it as `kind: "combination"`.
   */
  combination?: { components: readonly string[] };
}

export type Verdict<M extends string = string> =
  | { status: 'pass'; message?: string; evidence?: Record<string, unknown> }
  | {
      status: 'fail';
      messageId: M;
      data: Record<string, string | number>;
      evidence?: Record<string, unknown>;
    }
  | { status: 'not_applicable'; reason: string };

export interface RuleContext<M extends string> {
  /** "Now", from the caller (`--at`), for age-based rules. */
  readonly now: Date;
  pass(evidence?: Record<string, unknown>, message?: string): Verdict<M>;
  fail(messageId: M, data?: Record<string, string | number>, evidence?: Record<string, unknown>): Verdict<M>;
  notApplicable(reason: string): Verdict<M>;
  /** The verdict depends on something the sources did not provide: the result is `error` (unknown). */
  unknown(field: string, reason: string): never;
  /**
   * Whether the inventory of `type` (declared in `requires`) is complete for the account (and region):
   * check it before concluding anything from an absence.
   */
  covered(type: AssetType, scope: { account: string; region?: string }): boolean;
  /** Assets of a type declared in `requires`, optionally within the subject's account/region. */
  assets<R extends AssetType>(type: R, scope?: { account?: string; region?: string }): AssetOf<R>[];
  /**
   * Targets of the subject's relations of one kind (their types must be declared in `requires`). A
   * target missing from the inventory makes the result unknown (`error`), never a silent empty list.
   */
  related(asset: AnyAsset, kind: string): AnyAsset[];
  /** Combination rules only: what the exposure graph says about an asset (exposure path, privilege...). */
  facts(asset: AnyAsset): AssetFacts;
  /** Combination rules only: the finding id when rule `ruleId` failed on resource `uid` in this scan. */
  failed(ruleId: string, uid: string): string | undefined;
}

export interface Rule<T extends AssetType = AssetType, M extends string = string> extends RuleMeta<T, M> {
  check(asset: AssetOf<T>, ctx: RuleContext<M>): Verdict<M>;
}

/** A rule whose asset types have been erased, as the engine and registry hold them. */
export interface AnyRule extends RuleMeta<AssetType, string> {
  check(asset: AnyAsset, ctx: RuleContext<string>): Verdict;
}

/**
 * Declare a rule. Message ids are checked at compile time: `ctx.fail('nope')` does not compile unless
 * `messages` has a `nope` entry.
 * @example
 * export const rule = defineRule({ id: 'aws-s3-bucket-versioning-enabled', assetTypes: ['aws.s3.bucket'],
 *   messages: { off: 'Versioning is {{status}}' }, ...,
 *   check: (b, ctx) => need(b.config, 'versioning') === 'Enabled' ? ctx.pass() : ctx.fail('off', { status: '...' }) });
 */
export function defineRule<const T extends AssetType, const M extends string>(rule: Rule<T, M>): AnyRule {
  return rule;
}

/**
 * Read a config field a rule needs. Throws UnknownFieldError when the source could not read it; the
 * engine turns that into an `error` result naming the field and the reason.
 */
export function need<C extends object, K extends keyof C & string>(
  config: C,
  key: K,
): Exclude<C[K], Unknown> {
  const value = config[key];
  if (isUnknown(value)) throw new UnknownFieldError(key, value.$unknown);
  return value as Exclude<C[K], Unknown>;
}

/** Like `need`, for a value already in hand (nested fields). `field` names it in the error. */
export function known<V>(value: V, field: string): Exclude<V, Unknown> {
  if (isUnknown(value)) throw new UnknownFieldError(field, value.$unknown);
  return value as Exclude<V, Unknown>;
}

/** Fill `{{name}}` placeholders. Unknown placeholders are left visible rather than dropped. */
export function renderMessage(template: string, data: Record<string, string | number>): string {
  return compileMessage(template)(data);
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * `renderMessage` for one template, split once into text and placeholders so rendering it many times
 * (once per failing result) does no regex work.
 * @example compileMessage('{{name}} is public')({ name: 'b' }) // 'b is public'
 */
export function compileMessage(template: string): (data: Record<string, string | number>) => string {
  const texts: string[] = [];
  const names: string[] = [];
  const wholes: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(last, m.index));
    wholes.push(m[0]);
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  texts.push(template.slice(last));
  if (names.length === 0) return () => template;
  return (data) => {
    let out = texts[0]!;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      out += Object.hasOwn(data, name) ? String(data[name]) : wholes[i]!;
      out += texts[i + 1]!;
    }
    return out;
  };
}
