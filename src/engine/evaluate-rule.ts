/**
 * One rule on one asset → one result. A rule that reads an unknown field yields `error` naming the
 * field and the reason; a rule that throws yields `error` with the message; the scan goes on.
 */
import type { AnyAsset } from '../model/asset.js';
import { UnknownFieldError, describeError } from '../model/errors.js';
import type { RuleResult } from '../model/result.js';
import { renderMessage, type AnyRule, type RuleContext, type Verdict } from '../rules/api.js';
import type { CoverageIndex } from './coverage-index.js';
import type { InventoryIndex } from './inventory-index.js';
import { redactSecrets } from './redact.js';

export interface EvaluationEnv {
  now: Date;
  index: InventoryIndex;
  /** What the sources covered; without it, nothing is known to be complete. */
  coverage?: CoverageIndex;
  /** Contexts built for this env, one per rule (they only depend on the rule and the env). */
  contexts?: Map<AnyRule, RuleContext<string>>;
}

export function evaluateRule(rule: AnyRule, asset: AnyAsset, env: EvaluationEnv): RuleResult {
  const base = { ruleId: rule.id, assetUid: asset.uid, severity: rule.severity };
  let verdict: Verdict;
  try {
    let ctx = env.contexts?.get(rule);
    if (ctx === undefined) {
      ctx = contextFor(rule, env);
      env.contexts?.set(rule, ctx);
    }
    verdict = rule.check(asset, ctx);
  } catch (e) {
    if (e instanceof UnknownFieldError) {
      return {
        ...base,
        status: 'error',
        message: `Could not assess: ${e.field} is unknown (${e.reason})`,
        unknown: [{ field: e.field, reason: e.reason }],
      };
    }
    return { ...base, status: 'error', message: `Rule failed: ${describeError(e)}` };
  }
  switch (verdict.status) {
    case 'pass':
      return withEvidence({ ...base, status: 'pass', message: verdict.message ?? '' }, verdict.evidence);
    case 'not_applicable':
      return { ...base, status: 'not_applicable', message: verdict.reason };
    case 'fail': {
      const template = rule.messages[verdict.messageId];
      const message =
        template === undefined
          ? `(unknown message id ${verdict.messageId})`
          : renderMessage(template, verdict.data);
      return withEvidence({ ...base, status: 'fail', message }, verdict.evidence);
    }
  }
}

function withEvidence(result: RuleResult, evidence: Record<string, unknown> | undefined): RuleResult {
  if (evidence !== undefined) result.evidence = redactSecrets(evidence);
  return result;
}

function contextFor(rule: AnyRule, env: EvaluationEnv): RuleContext<string> {
  const allowed = new Set<string>(rule.requires ?? []);
  const assertDeclared = (type: string) => {
    if (!allowed.has(type)) throw new Error(`rule ${rule.id} reads ${type} without declaring it in requires`);
  };
  return {
    now: env.now,
    pass: (evidence, message) => ({
      status: 'pass',
      ...(evidence === undefined ? {} : { evidence }),
      ...(message === undefined ? {} : { message }),
    }),
    fail: (messageId, data = {}, evidence) => ({
      status: 'fail',
      messageId,
      data,
      ...(evidence === undefined ? {} : { evidence }),
    }),
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
  };
}
