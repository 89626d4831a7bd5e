/**
 * `parapet compliance` over a stored demo scan, and the scan's standard outputs: every one of the nine
 * frameworks yields results on every cloud it applies to; JSON follows parapet.compliance/v1; errors
 * name what is wrong.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';

const work = mkdtempSync(join(tmpdir(), 'parapet-compliance-'));
const db = join(work, 'p.db');
const fixtures = join(import.meta.dirname, 'fixtures');

async function parapet(args: string[]) {
  const io = memoryIo({ NO_COLOR: '1' }, work);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

interface Requirement {
  id: string;
  status: string;
  passing: number;
  failing: number;
  unknown: number;
  byRule: { ruleId: string; passing: number; failing: number; unknown: number }[];
}
interface ComplianceDoc {
  schema: string;
  scan: { id: string };
  frameworks: {
    id: string;
    providers: string[];
    scores: { controls: number | null; resources: number | null };
    counts: Record<string, number>;
    sections: { name: string; counts: Record<string, number> }[];
    requirements: Requirement[];
  }[];
}

const NINE = [
  'aws-fsbp',
  'cis-aws-7.0',
  'cis-azure-6.0',
  'cis-gcp-5.0',
  'nist-800-53-r5',
  'soc2',
  'hipaa',
  'pci-dss-4.0',
  'gdpr',
];

describe('parapet compliance', () => {
  let doc: ComplianceDoc;
  let scanId: string;

  beforeAll(async () => {
    const scan = await parapet([
      'scan',
      '--demo',
      '--db',
      db,
      '--format',
      'json',
      '--at',
      '2026-11-28T12:00:00Z',
    ]);
    expect(scan.code, scan.stderr).toBe(0);
    scanId = (JSON.parse(scan.stdout) as { scan: { id: string } }).scan.id;
    const r = await parapet(['compliance', '--db', db, '--format', 'json', '--at', '2026-11-28T13:00:00Z']);
    expect(r.code, r.stderr).toBe(0);
    doc = JSON.parse(r.stdout) as ComplianceDoc;
  });

  it('writes parapet.compliance/v1 for the latest scan with both scores per framework', () => {
    expect(doc.schema).toBe('parapet.compliance/v1');
    expect(doc.scan.id).toBe(scanId);
    expect(doc.frameworks.map((f) => f.id).sort()).toEqual([...NINE].sort());
    for (const fw of doc.frameworks) {
      for (const s of [fw.scores.controls, fw.scores.resources])
        if (s !== null) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
      for (const r of fw.requirements) {
        expect(['pass', 'fail', 'manual', 'not_assessed']).toContain(r.status);
        if (r.status === 'fail') expect(r.failing).toBeGreaterThan(0);
        if (r.status === 'pass') expect(r.unknown).toBe(0);
      }
      const total = Object.values(fw.counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(fw.requirements.length);
      expect(fw.sections.reduce((a, s) => a + Object.values(s.counts).reduce((x, y) => x + y, 0), 0)).toBe(
        total,
      );
    }
  });

  it('yields non-empty results for all nine frameworks on every cloud they apply to', () => {
    for (const fw of doc.frameworks) {
      for (const provider of fw.providers) {
        const judged = fw.requirements.flatMap((r) =>
          r.byRule.filter((t) => t.ruleId.startsWith(`${provider}-`) && t.passing + t.failing > 0),
        );
        expect(judged.length, `${fw.id} on ${provider}`).toBeGreaterThan(0);
      }
      expect(
        fw.requirements.some((r) => r.status === 'fail' || r.status === 'pass'),
        fw.id,
      ).toBe(true);
    }
  });

  it('scores one framework, as a table, CSV and an HTML file', async () => {
    let r = await parapet(['compliance', '--db', db, '--framework', 'hipaa']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/hipaa/);
    expect(r.stdout).toMatch(/164\.312\(a\)\(2\)\(iv\)/);
    expect(r.stdout).toMatch(/manual/);
    r = await parapet(['compliance', '--db', db, '--framework', 'gdpr', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parse<Record<string, string>>(r.stdout, { columns: true });
    expect(rows.map((x) => x.requirement)).toContain('Art.5(1)(f)');
    expect(rows.every((x) => x.framework === 'gdpr')).toBe(true);
    const out = join(work, 'r.html');
    r = await parapet([
      'compliance',
      '--db',
      db,
      '--framework',
      'hipaa',
      '--format',
      'html',
      '--output',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('HIPAA Security Rule compliance report');
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
  });

  it('scores a user framework file', async () => {
    const r = await parapet([
      'compliance',
      '--db',
      db,
      '--format',
      'json',
      '--framework',
      join(fixtures, 'frameworks', 'acme-baseline.json'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const fw = (JSON.parse(r.stdout) as ComplianceDoc).frameworks;
    expect(fw.map((f) => f.id)).toEqual(['acme-baseline']);
    expect(fw[0]!.requirements.find((x) => x.id === 'GOV-1')!.status).toBe('manual');
    expect(['pass', 'fail']).toContain(fw[0]!.requirements.find((x) => x.id === 'ENC-1')!.status);
  });

  it('names what is wrong: no store, no such scan, nothing before --at', async () => {
    let r = await parapet(['compliance', '--db', join(work, 'none.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no store at .*none\.db/);
    r = await parapet(['compliance', '--db', db, '--scan', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--scan: no scan "nope"/);
    r = await parapet(['compliance', '--db', db, '--at', '2020-01-01T00:00:00Z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no completed scan .* at or before 2020-01-01/);
    r = await parapet(['compliance', '--db', db, '--scan', scanId, '--format', 'xml']);
    expect(r.code).toBe(2);
  });
});
