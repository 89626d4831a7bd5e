/**
 * Turns a stored result into the `Finding` of the JSON contract (DESIGN.md): rule metadata (title,
 * remediation) from the registry, compliance from the catalogs' derived reverse index.
 */
import type { ComplianceIndex } from '../frameworks/catalog.js';
import type { Finding } from '../model/finding.js';
import type { AnyRule } from '../rules/api.js';
import type { StoredResult } from '../store/types.js';
import { dueAt, ownerOf, type GovernanceConfig, type ScopeOwners } from '../lifecycle/governance.js';

/** What governance needs to set `owner` and `dueAt` (absent: the owner tag only, no due date). */
export interface FindingGovernance {
  config: GovernanceConfig;
  scopeOwners: ScopeOwners;
  /** First seen for findings not yet in the store (a `--no-store` scan): the scan's start. */
  defaultFirstSeen?: string;
}

export function toFinding(
  r: StoredResult,
  rule: AnyRule | undefined,
  compliance: ComplianceIndex,
  governance?: FindingGovernance,
): Finding {
  const severity = rule?.severity ?? r.severity;
  const f: Finding = {
    id: r.findingId,
    ruleId: r.ruleId,
    title: rule?.title ?? r.ruleId,
    severity,
    // A muted finding stays visible, as `muted` (docs/lifecycle.md); so does one an inline IaC suppression mutes.
    status: r.state === 'muted' || r.muted ? 'muted' : r.status === 'not_applicable' ? 'pass' : r.status,
    resource: {
      uid: r.resource.uid,
      provider: r.resource.provider,
      type: r.resource.type,
      account: r.resource.account,
      region: r.resource.region,
      name: r.resource.name,
      tags: r.resource.tags,
    },
    message: r.message,
    evidence: r.muted
      ? { ...r.evidence, suppression: r.muted }
      : r.unknown
        ? { ...r.evidence, unknown: r.unknown }
        : r.evidence,
    compliance: compliance.forRule(r.ruleId),
    risk: r.risk ?? { score: 0, factors: [] },
    remediation: rule?.remediation ?? { text: '' },
  };
  if (governance === undefined) {
    if (r.resource.context.owner !== undefined) f.owner = r.resource.context.owner;
  } else {
    const owner = ownerOf(r.resource, governance.scopeOwners, governance.config);
    if (owner !== undefined) f.owner = owner.owner;
    const first = r.firstSeen ?? governance.defaultFirstSeen;
    const due =
      r.status === 'fail' && first !== undefined ? dueAt(severity, first, governance.config) : undefined;
    if (due !== undefined) f.dueAt = due;
  }
  if (rule?.combination !== undefined) {
    f.kind = 'combination';
    const components = r.evidence.components;
    f.components = Array.isArray(components)
      ? components.filter((c): c is string => typeof c === 'string')
      : [];
  }
  const src = r.resource.source;
  if (src.file !== undefined) {
    f.source = { file: src.file };
    if (src.line !== undefined) f.source.line = src.line;
    if (src.position !== undefined) f.source.position = src.position;
  }
  return f;
}
