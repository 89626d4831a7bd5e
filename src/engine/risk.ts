/**
 * Risk score per failing result, 0–100, transparent: a base from the rule's severity plus listed
 * contributions from what the rule is about (exposure) and the asset's business context (environment,
 * data classification). Every contribution appears in `factors`, so a reader can check the sum.
 */
import type { AnyAsset } from '../model/asset.js';
import type { RiskFactor } from '../model/finding.js';
import type { Severity } from '../model/severity.js';
import type { AnyRule } from '../rules/api.js';

export const SEVERITY_BASE: Record<Severity, number> = {
  critical: 70,
  high: 50,
  medium: 30,
  low: 15,
  info: 5,
};
const ENVIRONMENT: Record<string, number> = {
  production: 10,
  staging: 3,
  development: -10,
  test: -10,
  sandbox: -15,
};
const DATA_CLASS: Record<string, number> = { restricted: 15, confidential: 10, internal: 0, public: -5 };
const EXPOSURE = 15;

export interface Risk {
  score: number;
  factors: RiskFactor[];
}

// The factors are the same few values over and over (a million failing results share a dozen), so
// each is built once, frozen, and shared by every result that has it.
const freeze = (f: RiskFactor): RiskFactor => Object.freeze(f);
const SEVERITY_FACTOR = Object.fromEntries(
  Object.entries(SEVERITY_BASE).map(([s, c]) => [
    s,
    freeze({ name: 'severity', contribution: c, detail: `rule severity ${s}` }),
  ]),
) as Record<Severity, RiskFactor>;
const EXPOSURE_FACTOR = freeze({
  name: 'exposure',
  contribution: EXPOSURE,
  detail: 'the failed control concerns exposure to the internet or the public',
});
const ENVIRONMENT_FACTOR = new Map(
  Object.entries(ENVIRONMENT).map(([env, c]) => [
    env,
    freeze({ name: 'environment', contribution: c, detail: `environment ${env}` }),
  ]),
);
const DATA_CLASS_FACTOR = new Map(
  Object.entries(DATA_CLASS)
    .filter(([, c]) => c !== 0)
    .map(([dc, c]) => [
      dc,
      freeze({ name: 'data-classification', contribution: c, detail: `data classified ${dc}` }),
    ]),
);

/**
 * A failing result's risk. Results with the same contributions share one frozen Risk (there are at
 * most a few hundred distinct ones), so a million failing results do not make a million copies.
 * @example riskOf(highSeverityExposureRule, productionAsset) // { score: 75, factors: [...] }
 */
export function riskOf(rule: AnyRule, asset: AnyAsset): Risk {
  const exposure = rule.aspects.includes('exposure');
  const env = asset.context.environment;
  const envFactor = env === undefined ? undefined : ENVIRONMENT_FACTOR.get(env);
  const dc = asset.context.dataClassification;
  const dcFactor = dc === undefined ? undefined : DATA_CLASS_FACTOR.get(dc);
  const key = `${rule.severity}|${exposure ? 'x' : ''}|${envFactor === undefined ? '' : env}|${dcFactor === undefined ? '' : dc}`;
  let risk = RISKS.get(key);
  if (risk === undefined) {
    const severity = SEVERITY_FACTOR[rule.severity];
    const factors: RiskFactor[] = [severity];
    if (exposure) factors.push(EXPOSURE_FACTOR);
    if (envFactor !== undefined) factors.push(envFactor);
    if (dcFactor !== undefined) factors.push(dcFactor);
    const sum = factors.reduce((total, f) => total + f.contribution, 0);
    risk = Object.freeze({
      score: Math.max(0, Math.min(100, sum)),
      factors: Object.freeze(factors) as RiskFactor[],
    });
    RISKS.set(key, risk);
  }
  return risk;
}

/**
 * Every distinct Risk made so far, by its contributions. Bounded by the tables above (severities ×
 * exposure × environments × data classes), and the same for every scan: a constant, filled lazily.
 */
const RISKS = new Map<string, Risk>();
