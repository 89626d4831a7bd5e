/**
 * The assessment: import events in, typed assets and their results out, in batches to a sink (the
 * store). Evaluation streams: an asset is judged as soon as it arrives and then released, except
 * assets some rule needs to look up (types named in a rule's `requires`), assets judged by such
 * rules, and mergeable types (several sources describe them) — those wait until every source is read.
 * The exposure graph adds one more: assets of the graph's types (network path, compute, data,
 * identity) are kept, and those with failing results (or that a toxic combination may judge) are
 * written only at the end, once the graph can score them and combination rules have run.
 * So memory follows what the rules and the graph need, not the size of the estate.
 */
import type { AnyAsset } from '../model/asset.js';
import type { RuleResult, ResultStatus } from '../model/result.js';
import type { Severity } from '../model/severity.js';
import { describeError } from '../model/errors.js';
import { isUnknown } from '../model/unknown.js';
import { buildAsset } from '../inventory/build.js';
import type { ContextTagKeys } from '../inventory/context.js';
import { mergeAssets } from '../inventory/merge.js';
import { assetTypeDef } from '../inventory/types.js';
import type { AnyRule } from '../rules/api.js';
import type { DiagnosticEvent, ImportEvent } from '../sources/import/types.js';
import { evaluatePrepared, prepareRule, type EvaluationEnv, type PreparedRule } from './evaluate-rule.js';
import { findingId } from './finding-id.js';
import { CoverageIndex, type CoverageDeclaration } from './coverage-index.js';
import { InventoryIndex } from './inventory-index.js';
import { riskOf, type Risk } from './risk.js';
import { EstateGraph, GRAPH_TYPES } from '../inventory/graph/graph.js';
import type { ScopeOwners } from '../lifecycle/governance.js';
import { ScopeOwnerIndex } from './scope-owners.js';

export interface EvaluatedResult extends RuleResult {
  /** Set for fail and error results: the stable finding id. */
  findingId?: string;
  /** Set for fail results. */
  risk?: Risk;
}

export interface AssessedAsset {
  asset: AnyAsset;
  results: EvaluatedResult[];
}

export interface AssessmentSink {
  write(batch: AssessedAsset[]): void | Promise<void>;
}

export interface AssessOptions {
  rules: readonly AnyRule[];
  now: Date;
  contextTagKeys?: ContextTagKeys;
  batchSize?: number;
  /** Called every `progressEvery` assets and at the end. */
  onProgress?: (progress: { assets: number; file: string | undefined }) => void;
  progressEvery?: number;
  /** How many diagnostics to keep verbatim (the rest are counted). */
  maxDiagnostics?: number;
  /**
   * Build the exposure graph, score risk over it and judge combination rules (default true). Off,
   * every asset streams and risk reads only the rule and the asset's tags.
   */
  graph?: boolean;
  /** Receives the graph once it is built (for `parapet graph`). */
  onGraph?: (graph: EstateGraph) => void;
}

export interface SourceSummary {
  file: string;
  format: string | undefined;
  bytes: number;
  assets: number;
  errors: number;
  warnings: number;
}

export interface Coverage {
  /** Accounts/subscriptions/projects and regions the sources described. */
  scopes: { provider: string; account: string; region?: string }[];
  assetTypes: Record<string, number>;
  /** Provider resource types present in the input that Parapet does not assess yet. */
  unsupportedTypes: Record<string, number>;
  /** Config fields the sources could not read, by asset type, field and reason. */
  unknownFields: { type: string; field: string; reason: string; assets: number }[];
  /** Results that could not be decided because a field was unknown, by rule, field and reason. */
  unassessed: { ruleId: string; field: string; reason: string; results: number }[];
  /** False when any input could not be read: the scan is partial. */
  complete: boolean;
  /**
   * Scopes the sources declared they record completely (e.g. an AWS Config recorder of all types): a
   * resource missing from such a scope is gone, and its findings close as `removed`.
   */
  declared?: CoverageDeclaration[];
}

export interface Assessment {
  assets: number;
  results: Record<ResultStatus, number>;
  failedBySeverity: Record<Severity, number>;
  sources: SourceSummary[];
  diagnostics: DiagnosticEvent[];
  diagnosticCounts: { error: number; warning: number };
  coverage: Coverage;
  /** What the exposure graph held and found; absent when the graph was off. */
  graph?: { assets: number; held: number; exposed: number; combinations: number };
  /** Owners of accounts/subscriptions/projects from their parent assets' tags (governance). */
  scopeOwners?: ScopeOwners;
}

const emptyStatus = (): Record<ResultStatus, number> => ({ pass: 0, fail: 0, error: 0, not_applicable: 0 });
const emptySeverity = (): Record<Severity, number> => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

/** Rules grouped by the asset type they judge, and the types that must be held back or indexed. */
export function planRules(rules: readonly AnyRule[]) {
  const byType = new Map<string, AnyRule[]>();
  const indexTypes = new Set<string>();
  const deferredTypes = new Set<string>();
  const combinations: AnyRule[] = [];
  const componentRules = new Set<string>();
  for (const rule of rules) {
    if (rule.combination !== undefined) {
      combinations.push(rule);
      for (const id of rule.combination.components) componentRules.add(id);
      continue;
    }
    for (const t of rule.assetTypes) {
      const list = byType.get(t);
      if (list) list.push(rule);
      else byType.set(t, [rule]);
      if (rule.requires?.length) deferredTypes.add(t);
    }
    for (const t of rule.requires ?? []) indexTypes.add(t);
  }
  return { byType, indexTypes, deferredTypes, combinations, componentRules };
}

/**
 * Assess everything the events describe, writing assets and results to `sink` in batches. Events may
 * come one at a time or in batches (`importBatches`, the fast path for large imports).
 * @example const a = await assess(importBatches(['exports/']), { rules: ALL_RULES, now }, store.writer)
 */
export async function assess(
  events: AsyncIterable<ImportEvent | readonly ImportEvent[]>,
  options: AssessOptions,
  sink: AssessmentSink,
): Promise<Assessment> {
  const { byType, indexTypes, deferredTypes, combinations, componentRules } = planRules(options.rules);
  const useGraph = options.graph !== false;
  if (useGraph) for (const t of GRAPH_TYPES) indexTypes.add(t);
  const comboTypes = new Set<string>(useGraph ? combinations.flatMap((r) => r.assetTypes) : []);
  const failures = new Set<string>();
  const scopeOwners = new ScopeOwnerIndex();
  /** Graph-typed assets whose results wait for the graph: failing ones, and combination subjects. */
  const pending: AssessedAsset[] = [];
  const batchSize = options.batchSize ?? 500;
  const progressEvery = options.progressEvery ?? 5000;
  const maxDiagnostics = options.maxDiagnostics ?? 500;
  const index = new InventoryIndex();
  const coverage = new CoverageIndex();
  const env: EvaluationEnv = { now: options.now, index, coverage };
  const prepared = new Map<string, PreparedRule[]>();
  for (const [type, list] of byType)
    prepared.set(
      type,
      list.map((r) => prepareRule(r, env)),
    );
  const held: AnyAsset[] = [];
  const merged = new Map<string, AnyAsset>();
  const seen = new Set<string>();
  const out: Assessment = {
    assets: 0,
    results: emptyStatus(),
    failedBySeverity: emptySeverity(),
    sources: [],
    diagnostics: [],
    diagnosticCounts: { error: 0, warning: 0 },
    coverage: {
      scopes: [],
      assetTypes: {},
      unsupportedTypes: {},
      unknownFields: [],
      unassessed: [],
      complete: true,
    },
  };
  const buildOptions = options.contextTagKeys === undefined ? {} : { contextTagKeys: options.contextTagKeys };
  const statusCounts = out.results;
  const assetTypes = out.coverage.assetTypes;
  const scopes = new Map<string, { provider: string; account: string; region?: string }>();
  const unknownFields = new Map<string, { type: string; field: string; reason: string; assets: number }>();
  const unassessed = new Map<string, { ruleId: string; field: string; reason: string; results: number }>();
  let current: SourceSummary | undefined;
  let batch: AssessedAsset[] = [];

  const diagnose = (d: DiagnosticEvent) => {
    out.diagnosticCounts[d.level]++;
    if (d.level === 'error') out.coverage.complete = false;
    const src = out.sources.find((s) => s.file === d.file) ?? current;
    if (src) src[d.level === 'error' ? 'errors' : 'warnings']++;
    if (out.diagnostics.length < maxDiagnostics) out.diagnostics.push(d);
  };

  // Synchronous: a million assets should not cost a million promises; only a full batch is awaited.
  const evaluate = (asset: AnyAsset): void => {
    out.assets++;
    assetTypes[asset.type] = (assetTypes[asset.type] ?? 0) + 1;
    const config = asset.config;
    for (const field in config) {
      const value = config[field];
      if (!isUnknown(value) || !Object.hasOwn(config, field)) continue;
      const key = `${asset.type}\u0000${field}\u0000${value.$unknown}`;
      const entry = unknownFields.get(key);
      if (entry) entry.assets++;
      else unknownFields.set(key, { type: asset.type, field, reason: value.$unknown, assets: 1 });
    }
    const rules = prepared.get(asset.type);
    const results: EvaluatedResult[] = [];
    if (rules !== undefined) {
      for (const p of rules) {
        const r: EvaluatedResult = evaluatePrepared(p, asset);
        statusCounts[r.status]++;
        if (r.status === 'fail') {
          out.failedBySeverity[r.severity]++;
          r.findingId = findingId(r.ruleId, asset.uid);
          r.risk = riskOf(p.rule, asset);
          if (componentRules.has(r.ruleId)) failures.add(r.findingId);
        } else if (r.status === 'error') {
          r.findingId = findingId(r.ruleId, asset.uid);
          for (const u of r.unknown ?? []) {
            const key = `${r.ruleId}\u0000${u.field}\u0000${u.reason}`;
            const entry = unassessed.get(key);
            if (entry) entry.results++;
            else unassessed.set(key, { ruleId: r.ruleId, field: u.field, reason: u.reason, results: 1 });
          }
        }
        results.push(r);
      }
    }
    if (
      useGraph &&
      GRAPH_TYPES.has(asset.type) &&
      (comboTypes.has(asset.type) || results.some((r) => r.status === 'fail'))
    )
      pending.push({ asset, results });
    else batch.push({ asset, results });
    if (out.assets % progressEvery === 0) options.onProgress?.({ assets: out.assets, file: current?.file });
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const b = batch;
    batch = [];
    await sink.write(b);
  };

  /** One import event: counted, diagnosed, or (a candidate) built, then held or judged at once. */
  const take = (ev: ImportEvent): void => {
    switch (ev.kind) {
      case 'file':
        current = { file: ev.file, format: ev.format, bytes: ev.bytes, assets: 0, errors: 0, warnings: 0 };
        out.sources.push(current);
        break;
      case 'diagnostic':
        diagnose(ev);
        break;
      case 'scope': {
        const key = `${ev.provider}\u0000${ev.account}\u0000${ev.region ?? ''}`;
        if (!scopes.has(key)) {
          scopes.set(key, {
            provider: ev.provider,
            account: ev.account,
            ...(ev.region === undefined ? {} : { region: ev.region }),
          });
        }
        if (ev.covers) {
          coverage.declare({
            provider: ev.provider,
            account: ev.account,
            ...(ev.region === undefined ? {} : { region: ev.region }),
            assetTypes: ev.covers.assetTypes,
            ...(ev.covers.except === undefined ? {} : { except: ev.covers.except }),
          });
        }
        break;
      }
      case 'unsupported': {
        const key = `${ev.provider}:${ev.resourceType}`;
        out.coverage.unsupportedTypes[key] = (out.coverage.unsupportedTypes[key] ?? 0) + 1;
        break;
      }
      case 'candidate': {
        const def = assetTypeDef(ev.type);
        const file = ev.candidate.source.file ?? current?.file ?? '';
        const position = ev.candidate.source.position;
        if (def === undefined) {
          diagnose({
            kind: 'diagnostic',
            level: 'error',
            file,
            message: `internal: importer produced unknown asset type ${ev.type}`,
          });
          break;
        }
        let asset: AnyAsset;
        try {
          const built = buildAsset(def, ev.candidate, buildOptions);
          for (const w of built.warnings) {
            diagnose({
              kind: 'diagnostic',
              level: 'warning',
              file,
              ...(position === undefined ? {} : { position }),
              message: w,
            });
          }
          asset = built.asset;
        } catch (e) {
          diagnose({
            kind: 'diagnostic',
            level: 'error',
            file,
            ...(position === undefined ? {} : { position }),
            message: describeError(e),
          });
          break;
        }
        if (current) current.assets++;
        coverage.saw(asset);
        scopeOwners.saw(asset);
        if (def.mergeable) {
          const prior = merged.get(asset.uid);
          merged.set(asset.uid, prior ? mergeAssets(prior, asset, options.contextTagKeys) : asset);
          break;
        }
        if (seen.has(asset.uid)) {
          diagnose({
            kind: 'diagnostic',
            level: 'warning',
            file,
            ...(position === undefined ? {} : { position }),
            message: `${asset.type} ${asset.uid} appears more than once; the first description was kept`,
          });
          break;
        }
        seen.add(asset.uid);
        if (deferredTypes.has(asset.type)) {
          held.push(asset);
          index.add(asset);
        } else {
          if (indexTypes.has(asset.type)) index.add(asset);
          evaluate(asset);
        }
        break;
      }
    }
  };

  for await (const chunk of events) {
    if ('kind' in chunk) take(chunk);
    else {
      for (const ev of chunk) {
        take(ev);
        if (batch.length >= batchSize) await flush();
      }
    }
    if (batch.length >= batchSize) await flush();
  }
  // Every source has been read: merged and held assets can now be judged with their related assets.
  for (const asset of merged.values()) {
    index.add(asset);
    held.push(asset);
  }
  for (const asset of held) {
    evaluate(asset);
    if (batch.length >= batchSize) await flush();
  }
  if (useGraph) {
    const graph = new EstateGraph(index);
    const stats = { assets: index.size, held: pending.length, exposed: 0, combinations: 0 };
    const comboEnv: EvaluationEnv = { ...env, graph, failures };
    const comboRules = new Map<string, PreparedRule[]>();
    for (const rule of combinations)
      for (const t of rule.assetTypes) {
        const list = comboRules.get(t) ?? [];
        list.push(prepareRule(rule, comboEnv));
        comboRules.set(t, list);
      }
    for (const item of pending) {
      const facts = graph.facts(item.asset);
      if (facts.exposure) stats.exposed++;
      const rules = prepared.get(item.asset.type) ?? [];
      item.results.forEach((r, i) => {
        if (r.status === 'fail') r.risk = riskOf(rules[i]!.rule, item.asset, facts);
      });
      for (const p of comboRules.get(item.asset.type) ?? []) {
        // Only failing combinations are results: a pass would count once per candidate, not per control.
        const r: EvaluatedResult = evaluatePrepared(p, item.asset);
        if (r.status !== 'fail') continue;
        statusCounts.fail++;
        out.failedBySeverity[r.severity]++;
        r.findingId = findingId(r.ruleId, item.asset.uid);
        r.risk = riskOf(p.rule, item.asset, facts);
        item.results.push(r);
        stats.combinations++;
      }
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    }
    out.graph = stats;
    options.onGraph?.(graph);
  }
  await flush();
  options.onProgress?.({ assets: out.assets, file: current?.file });
  const owners = scopeOwners.owners();
  if (Object.keys(owners).length > 0) out.scopeOwners = owners;

  out.coverage.scopes = [...scopes.values()].sort((a, b) =>
    `${a.provider}/${a.account}/${a.region ?? ''}`.localeCompare(
      `${b.provider}/${b.account}/${b.region ?? ''}`,
    ),
  );
  out.coverage.declared = coverage.declarations();
  out.coverage.unknownFields = [...unknownFields.values()].sort((a, b) => b.assets - a.assets);
  out.coverage.unassessed = [...unassessed.values()].sort((a, b) => b.results - a.results);
  return out;
}
