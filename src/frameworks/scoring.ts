/**
 * Compliance scoring: pure functions from a framework catalog and a scan's results to per-requirement
 * statuses, section roll-ups and the two published scores (docs/compliance.md).
 *
 * - A requirement is `manual` when configuration cannot show it; `not_assessed` when no mapped rule
 *   produced a decided result (no rules, no resources of the mapped types, or only unknowns); `fail`
 *   when any resource fails any mapped rule; `pass` when resources were judged, none failed and none is
 *   unknown. Unknown (`error`) results never count as passing.
 * - `controls` score: passing requirements over assessed (pass + fail) requirements, as AWS Security
 *   Hub computes its security score.
 * - `resources` score: per requirement, passing resources over judged resources (unknown ones count as
 *   not passing), averaged with weights, as Microsoft Defender's secure score weighs controls.
 */
import type { Framework, FrameworkRequirement } from '../model/framework.js';
import { SEVERITIES, severityRank, type Severity } from '../model/severity.js';

export type RequirementStatus = 'pass' | 'fail' | 'manual' | 'not_assessed';
export type NotAssessedReason = 'no-rules' | 'no-resources' | 'unknown';

/** One decided (or undecidable) result of a rule on a resource, as read from the store. */
export interface ComplianceResult {
  ruleId: string;
  status: 'pass' | 'fail' | 'error';
  resource: { uid: string; name: string; provider: string; type: string; account: string; region: string };
  message?: string;
}

export interface ComplianceWeights {
  /** Weight of a requirement by the highest severity among its rules that produced results. */
  severity: Record<Severity, number>;
  /** framework id → requirement id → weight (overrides the severity weight; 0 leaves it out). */
  requirements: Record<string, Record<string, number>>;
}

export const DEFAULT_WEIGHTS: ComplianceWeights = {
  severity: { critical: 10, high: 5, medium: 3, low: 1, info: 0.5 },
  requirements: {},
};

export interface RuleTally {
  ruleId: string;
  passing: number;
  failing: number;
  unknown: number;
}

export interface FailingResource {
  uid: string;
  name: string;
  provider: string;
  type: string;
  account: string;
  region: string;
  ruleId: string;
  message: string;
}

export interface RequirementScore {
  id: string;
  section: string;
  title: string;
  assessment: 'automated' | 'manual';
  status: RequirementStatus;
  reason?: NotAssessedReason;
  /** Resources that every mapped rule judging them passed. */
  passing: number;
  /** Resources that failed at least one mapped rule. */
  failing: number;
  /** Resources with no failure but at least one unknown (`error`) result. */
  unknown: number;
  weight: number;
  rules: string[];
  providers: string[];
  byRule: RuleTally[];
  /** The failing resources (first `maxFailing`), for reports. */
  failingResources: FailingResource[];
}

export interface Counts {
  pass: number;
  fail: number;
  manual: number;
  not_assessed: number;
}

export interface Scores {
  /** 0–100, or null when no requirement was assessed. */
  controls: number | null;
  resources: number | null;
}

export interface SectionScore {
  name: string;
  counts: Counts;
  scores: Scores;
}

export interface FrameworkScore {
  id: string;
  name: string;
  version: string;
  providers: string[];
  scores: Scores;
  counts: Counts;
  /** Requirements whose resources include unknowns (shown, never counted as passing). */
  unknownRequirements: number;
  sections: SectionScore[];
  requirements: RequirementScore[];
}

type ResourceInfo = ComplianceResult['resource'];
interface StoredVerdict {
  status: 'pass' | 'fail' | 'error';
  message: string;
}

/**
 * Results of one scan grouped by rule, built once and shared by every framework's scoring.
 * Failures keep their message for reports; passes and unknowns keep only the resource.
 */
export class ResultIndex {
  readonly #byRule = new Map<string, Map<string, StoredVerdict>>();
  readonly #resources = new Map<string, ResourceInfo>();

  add(r: ComplianceResult): void {
    let m = this.#byRule.get(r.ruleId);
    if (!m) {
      m = new Map<string, StoredVerdict>();
      this.#byRule.set(r.ruleId, m);
    }
    m.set(r.resource.uid, { status: r.status, message: r.message ?? '' });
    if (!this.#resources.has(r.resource.uid)) this.#resources.set(r.resource.uid, r.resource);
  }

  resultsOf(ruleId: string): ReadonlyMap<string, { status: 'pass' | 'fail' | 'error'; message: string }> {
    return (
      this.#byRule.get(ruleId) ?? new Map<string, { status: 'pass' | 'fail' | 'error'; message: string }>()
    );
  }

  resource(uid: string): ResourceInfo | undefined {
    return this.#resources.get(uid);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

function emptyCounts(): Counts {
  return { pass: 0, fail: 0, manual: 0, not_assessed: 0 };
}

function scoresOf(reqs: readonly RequirementScore[]): Scores {
  const pass = reqs.filter((r) => r.status === 'pass').length;
  const fail = reqs.filter((r) => r.status === 'fail').length;
  let weighted = 0;
  let weights = 0;
  for (const r of reqs) {
    const judged = r.passing + r.failing + r.unknown;
    if (r.assessment === 'manual' || judged === 0 || r.weight <= 0) continue;
    weighted += r.weight * (r.passing / judged);
    weights += r.weight;
  }
  return {
    controls: pass + fail === 0 ? null : round((100 * pass) / (pass + fail)),
    resources: weights === 0 ? null : round((100 * weighted) / weights),
  };
}

function requirementScore(
  fw: Framework,
  req: FrameworkRequirement,
  results: ResultIndex,
  severityOf: (ruleId: string) => Severity | undefined,
  weights: ComplianceWeights,
  maxFailing: number,
): RequirementScore {
  const providers = [...new Set(req.rules.map((r) => r.split('-')[0]!))].sort();
  const base = {
    id: req.id,
    section: req.section,
    title: req.title,
    assessment: req.assessment,
    rules: [...req.rules].sort(),
    providers,
  };
  if (req.assessment === 'manual')
    return {
      ...base,
      status: 'manual',
      passing: 0,
      failing: 0,
      unknown: 0,
      weight: 0,
      byRule: [],
      failingResources: [],
    };
  const perResource = new Map<string, 'pass' | 'fail' | 'error'>();
  const failingResources: FailingResource[] = [];
  const byRule: RuleTally[] = [];
  let topSeverity: Severity | undefined;
  for (const ruleId of base.rules) {
    const tally: RuleTally = { ruleId, passing: 0, failing: 0, unknown: 0 };
    for (const [uid, r] of results.resultsOf(ruleId)) {
      if (r.status === 'pass') tally.passing++;
      else if (r.status === 'fail') tally.failing++;
      else tally.unknown++;
      const prev = perResource.get(uid);
      if (prev === 'fail') continue;
      if (r.status === 'fail') {
        perResource.set(uid, 'fail');
        const info = results.resource(uid);
        if (info && failingResources.length < maxFailing)
          failingResources.push({ ...info, ruleId, message: r.message });
      } else if (r.status === 'error' || prev === undefined) perResource.set(uid, r.status);
    }
    if (tally.passing + tally.failing + tally.unknown > 0) {
      byRule.push(tally);
      const sev = severityOf(ruleId);
      if (sev && (topSeverity === undefined || severityRank(sev) > severityRank(topSeverity)))
        topSeverity = sev;
    }
  }
  let passing = 0;
  let failing = 0;
  let unknown = 0;
  for (const s of perResource.values()) {
    if (s === 'pass') passing++;
    else if (s === 'fail') failing++;
    else unknown++;
  }
  const override = weights.requirements[fw.id]?.[req.id];
  const weight = override ?? (topSeverity === undefined ? 0 : weights.severity[topSeverity]);
  const out: RequirementScore = {
    ...base,
    status: 'not_assessed',
    passing,
    failing,
    unknown,
    weight,
    byRule,
    failingResources,
  };
  if (failing > 0) out.status = 'fail';
  else if (passing > 0 && unknown === 0) out.status = 'pass';
  else out.reason = req.rules.length === 0 ? 'no-rules' : unknown > 0 ? 'unknown' : 'no-resources';
  return out;
}

/** Score one framework over a scan's results. */
export function scoreFramework(
  fw: Framework,
  results: ResultIndex,
  options: {
    severityOf: (ruleId: string) => Severity | undefined;
    weights?: ComplianceWeights;
    /** Failing resources kept per requirement (default 200). */
    maxFailing?: number;
  },
): FrameworkScore {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const requirements = fw.requirements.map((req) =>
    requirementScore(fw, req, results, options.severityOf, weights, options.maxFailing ?? 200),
  );
  const counts = emptyCounts();
  for (const r of requirements) counts[r.status]++;
  const sectionNames = [...new Set(requirements.map((r) => r.section))];
  const sections = sectionNames.map((name) => {
    const reqs = requirements.filter((r) => r.section === name);
    const c = emptyCounts();
    for (const r of reqs) c[r.status]++;
    return { name, counts: c, scores: scoresOf(reqs) };
  });
  return {
    id: fw.id,
    name: fw.name,
    version: fw.version,
    providers: fw.providers,
    scores: scoresOf(requirements),
    counts,
    unknownRequirements: requirements.filter((r) => r.unknown > 0).length,
    sections,
    requirements,
  };
}

/** Merge user weights over the defaults. */
export function complianceWeights(user: {
  severity?: Partial<Record<Severity, number>>;
  requirements?: Record<string, Record<string, number>>;
}): ComplianceWeights {
  const severity = { ...DEFAULT_WEIGHTS.severity };
  for (const s of SEVERITIES) if (user.severity?.[s] !== undefined) severity[s] = user.severity[s];
  return { severity, requirements: user.requirements ?? {} };
}
