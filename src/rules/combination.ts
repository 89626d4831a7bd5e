/**
 * Shared pieces of toxic-combination rules: the component finding ids that failed among candidates,
 * and the tests on graph facts they combine (exposed, sensitive, production, management port open).
 */
import type { AnyAsset } from '../model/asset.js';
import type { AssetFacts } from '../inventory/graph/facts.js';
import type { RuleContext } from './api.js';

/** Finding ids of the listed (rule, resource) pairs that failed in this scan, without duplicates. */
export function failedComponents(
  ctx: RuleContext<string>,
  pairs: readonly (readonly [ruleId: string, uid: string | undefined])[],
): string[] {
  const ids = new Set<string>();
  for (const [ruleId, uid] of pairs) {
    if (uid === undefined) continue;
    const id = ctx.failed(ruleId, uid);
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

/** Targets of an asset's relations of one kind, as uids (no lookup: a missing target is fine here). */
export function relatedUids(asset: AnyAsset, kind: string): string[] {
  return asset.relations.filter((r) => r.kind === kind).map((r) => r.target);
}

export const isProduction = (f: AssetFacts) => f.environment === 'production';
export const isSensitive = (f: AssetFacts) => f.data?.sensitive === true;

/** Management ports (SSH 22, RDP 3389) the exposure leaves open, e.g. `[22]`. */
export function managementPorts(f: AssetFacts): number[] {
  const ranges = f.exposure?.kind === 'network' ? f.exposure.ranges : [];
  return [22, 3389].filter((p) =>
    ranges.some((r) => (r.protocol === 'tcp' || r.protocol === 'all') && r.from <= p && p <= r.to),
  );
}

/** Evidence every combination carries: its components and the facts that make it toxic. */
export function comboEvidence(components: string[], f: AssetFacts, extra: Record<string, unknown> = {}) {
  return {
    components,
    ...(f.exposure ? { exposurePath: f.exposure.text, exposureGaps: f.exposure.gaps } : {}),
    ...(f.privilege ? { privilege: f.privilege.reason } : {}),
    ...(f.data?.classification ? { dataClassification: f.data.classification } : {}),
    ...(f.environment ? { environment: f.environment } : {}),
    ...extra,
  };
}
