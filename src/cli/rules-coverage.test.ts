/** `parapet rules --format json` reports how much of each framework the rules cover. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.js';
import { main } from './main.js';

interface Coverage {
  id: string;
  requirements: number;
  manual: number;
  automated: number;
  covered: number;
  uncovered: string[];
  manualRequirements: string[];
  bySeverity?: Record<string, { requirements: number; covered: number }>;
}

describe('parapet rules --format json coverage', () => {
  it('counts covered, uncovered and manual requirements, and FSBP coverage by AWS severity', async () => {
    const io = memoryIo({});
    expect(await main(['rules', '--format', 'json', '--provider', 'aws'], io)).toBe(0);
    const doc = JSON.parse(io.out()) as { coverage: Coverage[] };
    const fsbp = doc.coverage.find((c) => c.id === 'aws-fsbp');
    const cis = doc.coverage.find((c) => c.id === 'cis-aws-7.0');
    if (fsbp === undefined || cis === undefined) throw new Error('no aws-fsbp or cis-aws-7.0 coverage');
    for (const c of [fsbp, cis]) {
      expect(c.manual + c.automated).toBe(c.requirements);
      expect(c.covered + c.uncovered.length).toBe(c.automated);
      expect(c.manualRequirements).toHaveLength(c.manual);
    }
    expect(fsbp.requirements).toBe(286);
    const sev = fsbp.bySeverity ?? {};
    expect(Object.values(sev).reduce((n, s) => n + s.requirements, 0)).toBe(286);
    expect(Object.values(sev).reduce((n, s) => n + s.covered, 0)).toBe(fsbp.covered);
    expect(cis.manualRequirements).toContain('5.1');
    // Azure and GCP catalogs are left out with --provider aws.
    expect(doc.coverage.some((c) => c.id === 'cis-gcp-5.0')).toBe(false);
  });
});
