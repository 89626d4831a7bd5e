import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingId } from '../engine/finding-id.js';
import { awsSnapshot, type BucketSpec } from '../lifecycle/testing/aws-estate.js';
import { csvCell } from '../report/findings-report.js';
import { memoryIo } from './io.js';
import { main } from './main.js';

const ACCOUNT = '111122223333';
const VERSIONING = 'aws-s3-bucket-versioning-enabled';
const T0 = '2026-11-01T00:00:00Z';
const T1 = '2026-11-03T12:00:00Z';

function estate(dir: string, name: string, buckets: BucketSpec[]): string {
  const file = join(dir, name);
  writeFileSync(file, awsSnapshot({ account: ACCOUNT, region: 'eu-west-1', buckets }));
  return file;
}

async function run(dir: string, ...args: string[]) {
  const io = memoryIo({}, dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

interface JsonFinding {
  id: string;
  ruleId: string;
  state: string;
  status: string;
  resource: { name: string };
  firstSeen: string;
  lastSeen: string;
  resolvedAt?: string;
  reopenedCount: number;
  suppression?: { id: string; kind: string; reason?: string };
  history?: { at: string; kind: string; state: string; actor: string }[];
}

/** A store with two scans: T0 (alpha bad, beta good, gamma bad) and T1 (alpha fixed, gamma gone, delta new). */
async function twoScans() {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-findings-'));
  const t0 = estate(dir, 't0.json', [
    { name: 'alpha' },
    { name: 'beta', versioning: true, kms: true, blockPublic: true, logging: true },
    { name: 'gamma' },
  ]);
  const t1 = estate(dir, 't1.json', [
    { name: 'alpha', versioning: true },
    { name: 'beta', versioning: true, kms: true, blockPublic: true, logging: true },
    { name: 'delta' },
  ]);
  for (const [file, at] of [
    [t0, T0],
    [t1, T1],
  ] as const) {
    const r = await run(
      dir,
      'scan',
      '--import',
      file,
      '--at',
      at,
      '--no-progress',
      '--format',
      'json',
      '--output',
      'o.json',
    );
    expect(r.code).toBe(0);
  }
  return dir;
}

async function listed(dir: string, ...args: string[]): Promise<JsonFinding[]> {
  const r = await run(dir, 'findings', '--format', 'json', '--at', T1, ...args);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as { schema: string; findings: JsonFinding[] };
  expect(doc.schema).toBe('parapet.findings/v1');
  return doc.findings;
}

describe('parapet findings', () => {
  it('lists new, resolved, removed and unchanged findings after a changed estate is scanned', async () => {
    const dir = await twoScans();
    const all = await listed(dir, '--status', 'all', '--rule', VERSIONING);
    const byName = Object.fromEntries(all.map((f) => [f.resource.name, f]));
    expect(Object.keys(byName).sort()).toEqual(['alpha', 'delta', 'gamma']);
    expect(byName.alpha).toMatchObject({ state: 'resolved', resolvedAt: '2026-11-03T12:00:00.000Z' });
    expect(byName.gamma).toMatchObject({ state: 'removed' });
    expect(byName.delta).toMatchObject({ state: 'open', firstSeen: '2026-11-03T12:00:00.000Z' });
    // Default: open and reopened only.
    const open = await listed(dir, '--rule', VERSIONING);
    expect(open.map((f) => f.resource.name)).toEqual(['delta']);
    // Unchanged: alpha's encryption finding, first seen at T0 and seen again at T1.
    const unchanged = await listed(dir, '--rule', 'aws-s3-bucket-default-encryption-kms');
    expect(unchanged.map((f) => [f.resource.name, f.firstSeen, f.lastSeen])).toEqual([
      ['alpha', '2026-11-01T00:00:00.000Z', '2026-11-03T12:00:00.000Z'],
      ['delta', '2026-11-03T12:00:00.000Z', '2026-11-03T12:00:00.000Z'],
    ]);
  });

  it('shows one finding with its history', async () => {
    const dir = await twoScans();
    const id = findingId(VERSIONING, 'arn:aws:s3:::alpha');
    const r = await run(dir, 'findings', 'show', id.slice(0, 10), '--format', 'json');
    expect(r.code).toBe(0);
    const f = (JSON.parse(r.out) as { finding: JsonFinding }).finding;
    expect(f.id).toBe(id);
    expect(f.history!.map((e) => [e.at, e.kind, e.state])).toEqual([
      ['2026-11-01T00:00:00.000Z', 'detected', 'open'],
      ['2026-11-03T12:00:00.000Z', 'resolved', 'resolved'],
    ]);
    const table = await run(dir, 'findings', 'show', id);
    expect(table.out).toContain('History:');
    expect(table.out).toMatch(/resolved\s+→ resolved\s+scan /);
    const missing = await run(dir, 'findings', 'show', 'zzzz');
    expect(missing.code).toBe(2);
  });

  it('mutes through `suppress add`, keeps muted findings visible, and unmutes on remove', async () => {
    const dir = await twoScans();
    const add = await run(
      dir,
      'suppress',
      'add',
      '--id',
      'delta-versioning',
      '--rule',
      VERSIONING,
      '--resource',
      'delta',
      '--reason',
      'archive bucket, write-once',
      '--owner',
      'platform',
      '--kind',
      'mitigated',
      '--expires',
      '30d',
      '--at',
      T1,
    );
    expect(add.err).toBe('');
    expect(add.out).toContain('1 finding(s) muted');
    const file = readFileSync(join(dir, 'parapet.suppressions.yaml'), 'utf8');
    expect(file).toContain('id: delta-versioning');
    expect(file).toContain('expires: 2026-12-03T12:00:00.000Z');
    const muted = await listed(dir, '--status', 'muted');
    expect(muted.map((f) => [f.resource.name, f.status, f.suppression])).toEqual([
      [
        'delta',
        'muted',
        {
          id: 'delta-versioning',
          kind: 'mitigated',
          reason: 'archive bucket, write-once',
          owner: 'platform',
          expires: '2026-12-03T12:00:00.000Z',
        },
      ],
    ]);
    const list = await run(dir, 'suppress', 'list', '--format', 'json', '--at', T1);
    expect(JSON.parse(list.out)).toMatchObject({
      suppressions: [{ id: 'delta-versioning', status: 'active', mutedFindings: 1 }],
    });
    // After the expiry, listing reopens it.
    const later = await run(
      dir,
      'findings',
      '--format',
      'json',
      '--at',
      '2026-12-10T00:00:00Z',
      '--rule',
      VERSIONING,
    );
    expect((JSON.parse(later.out) as { findings: JsonFinding[] }).findings).toMatchObject([
      { resource: { name: 'delta' }, state: 'reopened', reopenedCount: 1 },
    ]);
    const remove = await run(dir, 'suppress', 'remove', 'delta-versioning', '--at', T1);
    expect(remove.code).toBe(0);
    expect(readFileSync(join(dir, 'parapet.suppressions.yaml'), 'utf8')).not.toContain('delta-versioning');
  });

  it('counts findings muted in the store as muted in the next scan, not as failing', async () => {
    const dir = await twoScans();
    const t1 = join(dir, 't1.json');
    const scan = async (at: string) => {
      const r = await run(dir, 'scan', '--import', t1, '--at', at, '--no-progress', '--format', 'json');
      expect(r.code).toBe(0);
      return JSON.parse(r.out) as {
        summary: { results: Record<string, number>; bySeverity: Record<string, number> };
        findings: { ruleId: string; status: string; severity: string; resource: { name: string } }[];
      };
    };
    const before = await scan('2026-11-03T13:00:00Z');
    expect(before.summary.results.muted).toBe(0);
    const add = await run(
      dir,
      'suppress',
      'add',
      '--id',
      'd',
      '--rule',
      VERSIONING,
      '--resource',
      'delta',
      '--reason',
      'archive bucket',
      '--owner',
      'platform',
      '--at',
      '2026-11-03T13:30:00Z',
      '--kind',
      'risk-accepted',
    );
    expect(add.err).toBe('');
    const after = await scan('2026-11-03T14:00:00Z');
    const delta = after.findings.find((f) => f.ruleId === VERSIONING && f.resource.name === 'delta');
    expect(delta?.status).toBe('muted');
    expect(after.summary.results.muted).toBe(1);
    expect(after.summary.results.fail).toBe(before.summary.results.fail! - 1);
    const sev = delta!.severity;
    expect(after.summary.bySeverity[sev]).toBe(before.summary.bySeverity[sev]! - 1);
  });

  it('names the line of a bad suppression file', async () => {
    const dir = await twoScans();
    writeFileSync(
      join(dir, 'parapet.suppressions.yaml'),
      'version: 1\nsuppressions:\n  - id: a\n    reason: r\n    owner: o\n    kind: forgiven\n    match: { rule: x }\n',
    );
    const r = await run(dir, 'findings');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/parapet\.suppressions\.yaml: line 6: suppressions\.0\.kind/);
  });

  it('writes CSV whose cells cannot run as spreadsheet formulas', async () => {
    const dir = await twoScans();
    const r = await run(dir, 'findings', '--format', 'csv', '--rule', VERSIONING);
    expect(r.out.split('\n')[0]).toMatch(/^id,state,status,severity,riskScore,ruleId/);
    expect(r.out).toContain(',delta,');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('refuses a missing store and a bad status with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-findings-'));
    expect((await run(dir, 'findings')).err).toMatch(/no store at/);
    const dir2 = await twoScans();
    const bad = await run(dir2, 'findings', '--status', 'closed');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--status: "closed"/);
  });
});
