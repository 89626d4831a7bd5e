import { describe, expect, it } from 'vitest';
import type { AnyAsset } from '../model/asset.js';
import type { AnyRule } from '../rules/api.js';
import { riskOf } from './risk.js';

const rule = (severity: AnyRule['severity'], aspects: AnyRule['aspects'] = []) =>
  ({ id: 'r', severity, aspects }) as unknown as AnyRule;
const asset = (context: AnyAsset['context']) => ({ context }) as unknown as AnyAsset;

describe('riskOf', () => {
  it('adds up listed contributions, within 0–100', () => {
    const r = riskOf(
      rule('high', ['exposure']),
      asset({ environment: 'production', dataClassification: 'restricted' }),
    );
    expect(r.factors.map((f) => [f.name, f.contribution])).toEqual([
      ['severity', 50],
      ['exposure', 15],
      ['environment', 10],
      ['data-classification', 15],
    ]);
    expect(r.score).toBe(90);
    expect(
      riskOf(
        rule('critical', ['exposure']),
        asset({ environment: 'production', dataClassification: 'restricted' }),
      ).score,
    ).toBe(100);
    expect(riskOf(rule('info'), asset({ environment: 'sandbox', dataClassification: 'public' })).score).toBe(
      0,
    );
  });

  it('leaves out what does not contribute, and values it does not know', () => {
    const r = riskOf(rule('medium'), asset({ environment: 'constructor', dataClassification: 'internal' }));
    expect(r).toEqual({
      score: 30,
      factors: [{ name: 'severity', contribution: 30, detail: 'rule severity medium' }],
    });
  });

  it('shares one frozen Risk between results with the same contributions', () => {
    const a = riskOf(rule('low'), asset({ environment: 'staging' }));
    const b = riskOf(rule('low'), asset({ environment: 'staging', owner: 'someone else' }));
    expect(a).toBe(b);
    expect(Object.isFrozen(a) && Object.isFrozen(a.factors)).toBe(true);
    expect(riskOf(rule('low'), asset({ environment: 'test' }))).not.toBe(a);
  });
});
