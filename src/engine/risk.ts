/**
 * Risk score per failing result, 0–100, transparent: points from the rule's severity, plus listed
 * contributions from the exposure and context graph (internet exposure of the resource, privilege it
 * carries or runs with, sensitivity of the data it holds) and its business context (environment).
 * The score is the clamped sum; every contribution appears in `factors`, so a reader can check it.
 * The formula is documented in docs/risk.md.
 */
import type { AnyAsset } from '../model/asset.js';
import type { RiskFactor } from '../model/finding.js';
import type { Severity } from '../model/severity.js';
import type { AssetFacts } from '../inventory/graph/facts.js';
import { DATA_HOLDING_TYPES } from '../inventory/graph/graph.js';
import type { AnyRule } from '../rules/api.js';

export const SEVERITY_POINTS: Record<Severity, number> = {
  critical: 50,
  high: 38,
  medium: 25,
  low: 12,
  info: 3,
};
export const ENVIRONMENT_POINTS: Record<string, number> = {
  production: 10,
  staging: 3,
  development: -10,
  test: -10,
  sandbox: -15,
};
/** Data classification points, for resources that hold data (and for any tagged resource). */
export const DATA_POINTS: Record<string, number> = {
  restricted: 15,
  confidential: 12,
  internal: 0,
  public: -5,
};
/** A data-holding resource with no classification tag: it may hold anything. */
export const UNCLASSIFIED_DATA_POINTS = 5;
export const EXPOSURE_POINTS = { verified: 20, unverified: 10, ruleAspect: 10 };
export const PRIVILEGE_POINTS = { admin: 15, crossAccount: 8 };
/** A toxic combination outranks each of its components. */
export const COMBINATION_POINTS = 10;

export interface Risk {
  score: number;
  factors: RiskFactor[];
}

/** The graph facts risk reads; undefined for a resource the graph does not hold. */
export type RiskFacts = Pick<AssetFacts, 'exposure' | 'privilege'> | undefined;

const freeze = (f: RiskFactor): RiskFactor => Object.freeze(f);

/**
 * Factors are the same few values over and over (a million failing results share a few hundred), so
 * each distinct Risk is built once, frozen and shared, keyed by its contributions.
 */
const RISKS = new Map<string, Risk>();

function exposureFactor(rule: AnyRule, facts: RiskFacts): RiskFactor | undefined {
  const e = facts?.exposure;
  if (e !== undefined) {
    const verified = e.gaps.length === 0;
    return {
      name: 'exposure',
      contribution: verified ? EXPOSURE_POINTS.verified : EXPOSURE_POINTS.unverified,
      detail: `reachable from the internet: ${e.text}${verified ? '' : ` (not proven: ${e.gaps.join('; ')})`}`,
    };
  }
  if (rule.aspects.includes('exposure'))
    return {
      name: 'exposure',
      contribution: EXPOSURE_POINTS.ruleAspect,
      detail: 'the failed control concerns exposure to the internet or the public',
    };
  return undefined;
}

function privilegeFactor(facts: RiskFacts): RiskFactor | undefined {
  const p = facts?.privilege;
  if (p === undefined) return undefined;
  if (p.admin)
    return {
      name: 'privilege',
      contribution: PRIVILEGE_POINTS.admin,
      detail: `admin-equivalent: ${p.reason}`,
    };
  if (p.assumableBy && p.assumableBy.length > 0)
    return {
      name: 'privilege',
      contribution: PRIVILEGE_POINTS.crossAccount,
      detail: `assumable from other accounts without an external id: ${p.assumableBy.join(', ')}`,
    };
  return undefined;
}

function dataFactor(asset: AnyAsset): RiskFactor | undefined {
  const dc = asset.context.dataClassification;
  if (dc !== undefined && Object.hasOwn(DATA_POINTS, dc)) {
    const c = DATA_POINTS[dc]!;
    return c === 0
      ? undefined
      : { name: 'data-sensitivity', contribution: c, detail: `data classified ${dc}` };
  }
  if (DATA_HOLDING_TYPES.has(asset.type))
    return {
      name: 'data-sensitivity',
      contribution: UNCLASSIFIED_DATA_POINTS,
      detail: 'holds data and has no data-classification tag',
    };
  return undefined;
}

/**
 * A failing result's risk from the rule, the asset and (when the graph holds the asset) its facts.
 * @example riskOf(rdsEncryptionRule, prodDb, graph.facts(prodDb)).score // 85
 */
export function riskOf(rule: AnyRule, asset: AnyAsset, facts?: RiskFacts): Risk {
  const env = asset.context.environment;
  const envPoints =
    env !== undefined && Object.hasOwn(ENVIRONMENT_POINTS, env) ? ENVIRONMENT_POINTS[env]! : undefined;
  const exposure = exposureFactor(rule, facts);
  const privilege = privilegeFactor(facts);
  const data = dataFactor(asset);
  const key = [
    rule.severity,
    rule.combination ? 'combination' : '',
    exposure ? `${exposure.contribution}${exposure.detail}` : '',
    privilege ? privilege.detail : '',
    data ? data.detail : '',
    envPoints === undefined ? '' : env,
  ].join('\u0000');
  let risk = RISKS.get(key);
  if (risk === undefined) {
    const factors: RiskFactor[] = [
      freeze({
        name: 'severity',
        contribution: SEVERITY_POINTS[rule.severity],
        detail: `rule severity ${rule.severity}`,
      }),
    ];
    if (rule.combination)
      factors.push(
        freeze({
          name: 'combination',
          contribution: COMBINATION_POINTS,
          detail: `toxic combination of ${rule.combination.components.length} kinds of finding, worse together than each alone`,
        }),
      );
    if (exposure) factors.push(freeze(exposure));
    if (privilege) factors.push(freeze(privilege));
    if (data) factors.push(freeze(data));
    if (envPoints !== undefined)
      factors.push(freeze({ name: 'environment', contribution: envPoints, detail: `environment ${env}` }));
    const sum = factors.reduce((total, f) => total + f.contribution, 0);
    risk = Object.freeze({
      score: Math.max(0, Math.min(100, sum)),
      factors: Object.freeze(factors) as RiskFactor[],
    });
    // Exposure details name resources, so the memo is bounded rather than keyed forever.
    if (RISKS.size < 50_000) RISKS.set(key, risk);
  }
  return risk;
}
