import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { awsSnapshot } from '../lifecycle/testing/aws-estate.js';
import type { Metrics } from '../lifecycle/metrics.js';
import { memoryIo } from './io.js';
import { main } from './main.js';

async function run(dir: string, ...args: string[]) {
  const io = memoryIo({}, dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

it('parapet metrics reports parapet.metrics/v1 from two scans with --at, and rejects bad options', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-metrics-cli-'));
  const write = (name: string, versioning: boolean) =>
    writeFileSync(
      join(dir, name),
      awsSnapshot({
        account: '111122223333',
        region: 'eu-west-1',
        buckets: [{ name: 'alpha', versioning, kms: true, blockPublic: true, logging: true }],
      }),
    );
  write('t0.json', false);
  write('t1.json', true);
  for (const [file, at] of [
    ['t0.json', '2026-11-01T00:00:00Z'],
    ['t1.json', '2026-11-01T18:00:00Z'],
  ] as const)
    expect(
      (
        await run(
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
        )
      ).code,
    ).toBe(0);
  const r = await run(
    dir,
    'metrics',
    '--format',
    'json',
    '--at',
    '2026-11-02T00:00:00Z',
    '--window',
    '7d',
    '--framework',
    'aws-fsbp',
  );
  expect(r.err).toBe('');
  const m = JSON.parse(r.out) as Metrics;
  expect(m.schema).toBe('parapet.metrics/v1');
  expect(m.window).toEqual({ from: '2026-10-26T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
  // The versioning finding (medium) was fixed 18 h after it was first detected.
  expect(m.mttr).toMatchObject({ hours: 18, resolved: 1, bySeverity: { medium: 18 } });
  expect(m.sla.bySeverity.medium).toEqual({ met: 1, missed: 0, attainment: 100 });
  expect(Object.keys(m.compliance)).toEqual(['aws-fsbp']);
  expect(m.openTrend).toHaveLength(2);
  expect((await run(dir, 'metrics', '--sla', 'urgent=1h')).err).toMatch(/--sla: "urgent=1h"/);
  expect((await run(dir, 'metrics', '--window', 'soon')).code).toBe(2);
  const table = await run(dir, 'metrics', '--at', '2026-11-02T00:00:00Z');
  expect(table.out).toMatch(/MTTR\s+18h over 1 resolution/);
});
