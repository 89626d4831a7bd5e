/**
 * One rule on one asset → one result. A rule that reads an unknown field yields `error` naming the
 * field and the reason; a rule that throws yields `error` with the message; the scan goes on.
 *
 * This runs once per rule × asset (millions of times on a large estate), so the result is built
 * directly in one shape, and work only failing results need (message rendering, evidence redaction)
 * is done only for them.
 */
import type { AnyAsset } from '../model/asset.js';
import { UnknownFieldError, describeError } from '../model/errors.js';
import type { ResultStatus, RuleResult } from '../model/result.js';
import { compileMessage, type AnyRule, type RuleContext, type Verdict } from '../rules/api.js';
import type { CoverageIndex } from './coverage-index.js';
import type { InventoryIndex } from './inventory-index.js';
import { redactSecrets } from './redact.js';
import { findingId } from './finding-id.js';
import type { EstateGraph } from '../inventory/graph/graph.js';

export interface EvaluationEnv {
  now: Date;
  index: InventoryIndex;
  /** What the sources covered; without it, nothing is known to be complete. */
  coverage?: CoverageIndex;
  /** The exposure graph; set for the final phase, where combination rules are judged. */
  graph?: EstateGraph;
  /** Finding ids of failed results of combination components seen so far. */
  failures?: ReadonlySet<string>;
  /** Rules prepared for this env (context, compiled messages), reused across assets. */
  prepared?: Map<AnyRule, PreparedRule>;
}

/** A rule made ready to run many times in one env: its context and compiled message templates. */
export interface PreparedRule {
  rule: AnyRule;
  ctx: RuleContext<string>;
  /** The rendered message of a fail verdict. */
  message(messageId: string, data: Record<string, string | number>): string;
}

/** Prepare `rule` for evaluation in `env` (the engine does this once per rule per scan). */
export function prepareRule(rule: AnyRule, env: EvaluationEnv): PreparedRule {
  const compiled = new Map<string, (data: Record<string, string | number>) => string>();
  return {
    rule,
    ctx: ruleContext(rule, env),
    message(messageId, data) {
      let render = compiled.get(messageId);
      if (render === undefined) {
        // Own keys only: a message id of `constructor` must not find Object.prototype members.
        const template = Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined;
        render =
          template === undefined ? () => `(unknown message id ${messageId})` : compileMessage(template);
        compiled.set(messageId, render);
      }
      return render(data);
    },
  };
}

/**
 * Judge `asset` with `rule`. Pass results carry no evidence: nothing stores or reports the evidence
 * of a pass, and skipping it spares a deep copy per result. Fail evidence is redacted of secrets.
 * @example evaluateRule(rule, bucket, { now, index: new InventoryIndex([bucket]) }).status // 'fail'
 */
export function evaluateRule(rule: AnyRule, asset: AnyAsset, env: EvaluationEnv): RuleResult {
  let prepared = env.prepared?.get(rule);
  if (prepared === undefined) {
    prepared = prepareRule(rule, env);
    env.prepared?.set(rule, prepared);
  }
  return evaluatePrepared(prepared, asset);
}

/** `evaluateRule` for a rule already prepared (the engine prepares each rule once per scan). */
export function evaluatePrepared(prepared: PreparedRule, asset: AnyAsset): RuleResult {
  const rule = prepared.rule;
  let verdict: Verdict;
  try {
    verdict = rule.check(asset, prepared.ctx);
  } catch (e) {
    if (e instanceof UnknownFieldError) {
      const r = result(rule, asset, 'error', `Could not assess: ${e.field} is unknown (${e.reason})`);
      r.unknown = [{ field: e.field, reason: e.reason }];
      return r;
    }
    return result(rule, asset, 'error', `Rule failed: ${describeError(e)}`);
  }
  switch (verdict.status) {
    case 'pass':
      return result(rule, asset, 'pass', verdict.message ?? '');
    case 'not_applicable':
      return result(rule, asset, 'not_applicable', verdict.reason);
    case 'fail': {
      const r = result(rule, asset, 'fail', prepared.message(verdict.messageId, verdict.data));
      if (verdict.evidence !== undefined) r.evidence = redactSecrets(verdict.evidence);
      return r;
    }
  }
}

/** Every result starts with the same fields in the same order, so V8 keeps one shape for them all. */
function result(rule: AnyRule, asset: AnyAsset, status: ResultStatus, message: string): RuleResult {
  return { ruleId: rule.id, assetUid: asset.uid, status, severity: rule.severity, message };
}

/** The verdict of `ctx.pass()` without evidence or message: one frozen value, not one per result. */
const PLAIN_PASS: Verdict = Object.freeze({ status: 'pass' });

/** The context a rule's `check` receives; it depends only on the rule and the env. */
function ruleContext(rule: AnyRule, env: EvaluationEnv): RuleContext<string> {
  const allowed = new Set<string>(rule.requires ?? []);
  const assertDeclared = (type: string) => {
    if (!allowed.has(type)) throw new Error(`rule ${rule.id} reads ${type} without declaring it in requires`);
  };
  return {
    now: env.now,
    pass: (evidence, message) => {
      if (evidence === undefined && message === undefined) return PLAIN_PASS;
      const v: Verdict = { status: 'pass' };
      if (evidence !== undefined) v.evidence = evidence;
      if (message !== undefined) v.message = message;
      return v;
    },
    fail: (messageId, data = {}, evidence) => {
      const v: Verdict = { status: 'fail', messageId, data };
      if (evidence !== undefined) v.evidence = evidence;
      return v;
    },
    notApplicable: (reason) => ({ status: 'not_applicable', reason }),
    unknown: (field, reason) => {
      throw new UnknownFieldError(field, reason);
    },
    covered: (type, scope) => {
      assertDeclared(type);
      return env.coverage?.covers(type, scope) ?? false;
    },
    assets: (type, scope) => {
      assertDeclared(type);
      return env.index.ofType(type, scope) as never;
    },
    related: (asset, kind) => {
      const out: AnyAsset[] = [];
      for (const rel of asset.relations) {
        if (rel.kind !== kind) continue;
        const target = env.index.get(rel.target);
        // A relation whose target is not in the inventory is a gap, not an absence.
        if (!target) throw new UnknownFieldError(`relation ${kind}`, `${rel.target} is not in the inventory`);
        if (!allowed.has(target.type)) assertDeclared(target.type);
        out.push(target);
      }
      return out;
    },
    facts: (asset) => {
      if (env.graph === undefined)
        throw new Error(`rule ${rule.id} reads graph facts, which only combination rules may`);
      return env.graph.facts(asset);
    },
    failed: (ruleId, uid) => {
      if (rule.combination === undefined || !rule.combination.components.includes(ruleId))
        throw new Error(
          `rule ${rule.id} asks whether ${ruleId} failed without naming it in combination.components`,
        );
      const id = findingId(ruleId, uid);
      return env.failures?.has(id) === true ? id : undefined;
    },
  };
}
