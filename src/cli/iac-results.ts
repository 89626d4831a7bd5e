/**
 * IaC results in memory (IaC runs are not recorded in the store): assessed assets → stored-result
 * shapes the report renderers read, each pointing at the line of the attribute the rule decided on
 * (or the resource block when the attribute is absent), with inline suppressions applied as `muted`.
 */
import type { AssessedAsset, EvaluatedResult } from '../engine/assess.js';
import { evaluatePrepared, prepareRule, type EvaluationEnv } from '../engine/evaluate-rule.js';
import { InventoryIndex } from '../engine/inventory-index.js';
import { findingId } from '../engine/finding-id.js';
import type { AnyAsset } from '../model/asset.js';
import type { AnyRule } from '../rules/api.js';
import { suppressionFor, type Suppression } from '../sources/iac/suppressions.js';
import type { AssetSpan } from '../sources/iac/types.js';
import type { StoredResult } from '../store/types.js';

/**
 * The config fields a rule read while judging `asset`, in order (top-level keys of `config`).
 * @example fieldsRead(rule, bucket, env) // ['acl', 'policy', 'publicAccessBlock']
 */
export function fieldsRead(rule: AnyRule, asset: AnyAsset, env: EvaluationEnv): string[] {
  const reads: string[] = [];
  const config = new Proxy(asset.config, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(target, key)) reads.push(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  evaluatePrepared(prepareRule(rule, env), { ...asset, config });
  return reads;
}

/** Where a result points: the line of the last field read that the source set explicitly, else the block. */
export function resultLine(reads: readonly string[], span: AssetSpan): { file: string; line: number } {
  for (let i = reads.length - 1; i >= 0; i--) {
    const f = span.fields[reads[i]!];
    if (f && (f.line !== span.line || f.file !== span.file)) return f;
  }
  return { file: span.file, line: span.line };
}

export interface IacResults {
  results: StoredResult[];
  muted: number;
}

/** Stored-result shapes for the fail and error results (and passes when asked), suppressions applied. */
export function iacResults(
  assessed: readonly AssessedAsset[],
  spans: ReadonlyMap<string, AssetSpan>,
  suppressions: readonly Suppression[],
  rules: ReadonlyMap<string, AnyRule>,
  now: Date,
  includePassed: boolean,
): IacResults {
  const env: EvaluationEnv = { now, index: new InventoryIndex(assessed.map((a) => a.asset)) };
  const out: StoredResult[] = [];
  let muted = 0;
  for (const { asset, results } of assessed) {
    const span = spans.get(asset.uid);
    for (const r of results) {
      if (r.status === 'not_applicable' || (r.status === 'pass' && !includePassed)) continue;
      const rule = rules.get(r.ruleId);
      let at: { file: string; line: number } | undefined;
      if (span) {
        const reads =
          r.status === 'error'
            ? (r.unknown ?? []).map((u) => u.field)
            : rule
              ? fieldsRead(rule, asset, env)
              : [];
        at = resultLine(reads, span);
      }
      const stored = storedResult(r, asset, at);
      if (span && r.status !== 'pass') {
        const s = suppressionFor(suppressions, r.ruleId, [
          ...(at ? [at] : []),
          { file: span.file, line: span.line },
        ]);
        if (s) {
          stored.muted = { reason: s.reason, file: s.file, line: s.line };
          muted++;
        }
      }
      out.push(stored);
    }
  }
  out.sort(
    (a, b) =>
      (b.risk?.score ?? 0) - (a.risk?.score ?? 0) ||
      a.resource.uid.localeCompare(b.resource.uid) ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { results: out, muted };
}

function storedResult(
  r: EvaluatedResult,
  asset: AnyAsset,
  at: { file: string; line: number } | undefined,
): StoredResult {
  const s: StoredResult = {
    findingId: r.findingId ?? findingId(r.ruleId, asset.uid),
    ruleId: r.ruleId,
    status: r.status,
    severity: r.severity,
    message: r.message,
    evidence: r.evidence ?? {},
    risk: r.risk,
    resource: {
      uid: asset.uid,
      provider: asset.provider,
      type: asset.type,
      account: asset.account,
      region: asset.region,
      name: asset.name,
      tags: asset.tags,
      context: asset.context,
      source: {
        kind: asset.source.kind,
        format: asset.source.format,
        ...(at ? { file: at.file, line: at.line } : asset.source.file ? { file: asset.source.file } : {}),
        ...(asset.source.position ? { position: asset.source.position } : {}),
      },
    },
    firstSeen: undefined,
    lastSeen: undefined,
    state: undefined,
  };
  if (r.unknown) s.unknown = r.unknown;
  return s;
}
