import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.js';
import { main } from './main.js';

describe('governance on the demo estate', () => {
  it('sets owners from tags and due dates from the configured SLA; lists overdue findings and the per-owner summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-gov-'));
    writeFileSync(
      join(dir, 'parapet.config.yaml'),
      'governance:\n  fallbackOwner: cloud-security\n  sla:\n    critical: 24h\n  grace: 1d\n',
    );
    const scan = memoryIo({}, dir);
    expect(
      await main(
        ['scan', '--demo', '--at', '2026-11-01T12:00:00Z', '--format', 'json', '--no-progress'],
        scan,
      ),
      scan.err(),
    ).toBe(0);
    const doc = JSON.parse(scan.out()) as {
      findings: {
        ruleId: string;
        severity: string;
        status: string;
        owner?: string;
        dueAt?: string;
        risk: { score: number };
      }[];
    };
    const scores = doc.findings.filter((f) => f.status === 'fail').map((f) => f.risk.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const critical = doc.findings.find((f) => f.severity === 'critical' && f.status === 'fail')!;
    expect(critical.dueAt).toBe('2026-11-03T12:00:00.000Z');
    expect(doc.findings.filter((f) => f.status === 'fail').every((f) => f.owner !== undefined)).toBe(true);

    const overdue = memoryIo({}, dir);
    expect(
      await main(['findings', '--overdue', '--format', 'json', '--at', '2026-11-04T00:00:00Z'], overdue),
      overdue.err(),
    ).toBe(0);
    const listed = JSON.parse(overdue.out()) as { findings: { severity: string; dueAt: string }[] };
    expect(listed.findings.length).toBeGreaterThan(0);
    expect(listed.findings.every((f) => f.severity === 'critical' && f.dueAt < '2026-11-04')).toBe(true);

    const summary = memoryIo({}, dir);
    expect(
      await main(['governance', '--format', 'json', '--at', '2026-11-04T00:00:00Z'], summary),
      summary.err(),
    ).toBe(0);
    const s = JSON.parse(summary.out()) as {
      schema: string;
      owners: { owner: string | null; overdue: number }[];
      totals: { overdue: number; unassigned: number };
    };
    expect(s.schema).toBe('parapet.governance/v1');
    expect(s.totals.overdue).toBe(listed.findings.length);
    expect(s.owners.reduce((n, o) => n + o.overdue, 0)).toBe(s.totals.overdue);
  });
});
