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

/** @example riskOf(highSeverityExposureRule, productionAsset) // { score: 75, factors: [...] } */
export function riskOf(rule: AnyRule, asset: AnyAsset): Risk {
  const factors: RiskFactor[] = [
    {
      name: 'severity',
      contribution: SEVERITY_BASE[rule.severity],
      detail: `rule severity ${rule.severity}`,
    },
  ];
  if (rule.aspects.includes('exposure')) {
    factors.push({
      name: 'exposure',
      contribution: EXPOSURE,
      detail: 'the failed control concerns exposure to the internet or the public',
    });
  }
  const env = asset.context.environment;
  if (env !== undefined && ENVIRONMENT[env] !== undefined) {
    factors.push({ name: 'environment', contribution: ENVIRONMENT[env], detail: `environment ${env}` });
  }
  const dc = asset.context.dataClassification;
  if (dc !== undefined && DATA_CLASS[dc] !== undefined && DATA_CLASS[dc] !== 0) {
    factors.push({
      name: 'data-classification',
      contribution: DATA_CLASS[dc],
      detail: `data classified ${dc}`,
    });
  }
  const sum = factors.reduce((s, f) => s + f.contribution, 0);
  return { score: Math.max(0, Math.min(100, sum)), factors };
}
