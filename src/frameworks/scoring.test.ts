import { describe, expect, it } from 'vitest';
import type { Framework } from '../model/framework.js';
import type { Severity } from '../model/severity.js';
import { complianceWeights, ResultIndex, scoreFramework, type ComplianceResult } from './scoring.js';

const fw: Framework = {
  id: 'test-fw',
  name: 'Test',
  version: '1',
  providers: ['aws'],
  requirements: [
    { id: 'R.1', section: 'S1', title: 'all pass', assessment: 'automated', rules: ['aws-a-b'] },
    { id: 'R.2', section: 'S1', title: 'one fails', assessment: 'automated', rules: ['aws-a-b', 'aws-c-d'] },
    { id: 'R.3', section: 'S2', title: 'manual', assessment: 'manual', rules: [] },
    { id: 'R.4', section: 'S2', title: 'no rules', assessment: 'automated', rules: [] },
    { id: 'R.5', section: 'S2', title: 'no resources', assessment: 'automated', rules: ['aws-x-y'] },
    { id: 'R.6', section: 'S2', title: 'unknown', assessment: 'automated', rules: ['aws-e-f'] },
  ],
};
const sev: Record<string, Severity> = { 'aws-a-b': 'low', 'aws-c-d': 'critical', 'aws-e-f': 'medium' };
const res = (ruleId: string, uid: string, status: ComplianceResult['status']): ComplianceResult => ({
  ruleId,
  status,
  message: `${ruleId} on ${uid}`,
  resource: { uid, name: uid, provider: 'aws', type: 'aws.s3.bucket', account: '1', region: 'r' },
});

function index(results: ComplianceResult[]) {
  const idx = new ResultIndex();
  for (const r of results) idx.add(r);
  return idx;
}

describe('scoreFramework', () => {
  const idx = index([
    res('aws-a-b', 'b1', 'pass'),
    res('aws-a-b', 'b2', 'pass'),
    res('aws-a-b', 'b3', 'pass'),
    res('aws-c-d', 'b1', 'fail'),
    res('aws-c-d', 'b2', 'pass'),
    res('aws-c-d', 'b3', 'error'),
    res('aws-e-f', 'b1', 'error'),
  ]);
  const score = scoreFramework(fw, idx, { severityOf: (id) => sev[id] });
  const byId = new Map(score.requirements.map((r) => [r.id, r]));

  it('gives each requirement a status with passing, failing and unknown resource counts', () => {
    expect(byId.get('R.1')).toMatchObject({ status: 'pass', passing: 3, failing: 0, unknown: 0 });
    // b1 fails aws-c-d; b3 is unknown for aws-c-d (and passes aws-a-b): unknown, not passing
    expect(byId.get('R.2')).toMatchObject({ status: 'fail', passing: 1, failing: 1, unknown: 1 });
    expect(byId.get('R.2')!.failingResources).toEqual([
      expect.objectContaining({ uid: 'b1', ruleId: 'aws-c-d', message: 'aws-c-d on b1' }),
    ]);
    expect(byId.get('R.3')).toMatchObject({ status: 'manual', passing: 0, failing: 0 });
    expect(byId.get('R.4')).toMatchObject({ status: 'not_assessed', reason: 'no-rules' });
    expect(byId.get('R.5')).toMatchObject({ status: 'not_assessed', reason: 'no-resources' });
    expect(byId.get('R.6')).toMatchObject({ status: 'not_assessed', reason: 'unknown', unknown: 1 });
  });

  it('never counts unknown results as passes', () => {
    const onlyUnknownAndPass = scoreFramework(
      { ...fw, requirements: [fw.requirements[1]!] },
      index([res('aws-a-b', 'b1', 'pass'), res('aws-c-d', 'b1', 'error')]),
      { severityOf: (id) => sev[id] },
    );
    expect(onlyUnknownAndPass.requirements[0]).toMatchObject({ status: 'not_assessed', reason: 'unknown' });
    expect(onlyUnknownAndPass.scores).toEqual({ controls: null, resources: 0 });
  });

  it('rolls counts and scores up per section', () => {
    expect(score.counts).toEqual({ pass: 1, fail: 1, manual: 1, not_assessed: 3 });
    expect(score.sections.map((s) => [s.name, s.counts])).toEqual([
      ['S1', { pass: 1, fail: 1, manual: 0, not_assessed: 0 }],
      ['S2', { pass: 0, fail: 0, manual: 1, not_assessed: 3 }],
    ]);
    expect(score.sections[1]!.scores.controls).toBeNull();
  });

  it('computes the controls score as passing over assessed requirements', () => {
    expect(score.scores.controls).toBe(50);
  });

  it('computes the resources score as a weighted mean of passing over judged resources', () => {
    // R.1 weight low=1, 3/3; R.2 weight critical=10, 1/3; R.6 weight medium=3, 0/1
    expect(score.scores.resources).toBe(Math.round((1000 * (1 * 1 + 10 * (1 / 3) + 3 * 0)) / 14) / 10);
    const custom = scoreFramework(fw, idx, {
      severityOf: (id) => sev[id],
      weights: complianceWeights({ severity: { critical: 1 }, requirements: { 'test-fw': { 'R.6': 0 } } }),
    });
    // R.1 1 × 1, R.2 1 × 1/3, R.6 left out
    expect(custom.scores.resources).toBe(Math.round((1000 * (1 + 1 / 3)) / 2) / 10);
    expect(custom.scores.controls).toBe(50);
  });
});
