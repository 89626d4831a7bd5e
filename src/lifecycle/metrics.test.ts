import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessedAsset, Assessment, EvaluatedResult } from '../engine/assess.js';
import { findingId } from '../engine/finding-id.js';
import type { AnyAsset } from '../model/asset.js';
import type { ResultStatus } from '../model/result.js';
import type { Severity } from '../model/severity.js';
import { metricsHistory } from '../store/sqlite-metrics.js';
import { openSqliteStore } from '../store/sqlite.js';
import { computeMetrics, DEFAULT_SLA_HOURS } from './metrics.js';

const ACCOUNT = '111122223333';

function bucket(name: string, version: string, capturedAt?: string): AnyAsset {
  return {
    uid: `arn:aws:s3:::${name}`,
    type: 'aws.s3.bucket',
    provider: 'aws',
    account: ACCOUNT,
    region: 'eu-west-1',
    name,
    tags: {},
    config: { versioning: version },
    relations: [],
    context: {},
    source: { kind: 'import', format: 'test' },
    ...(capturedAt === undefined ? {} : { capturedAt }),
  };
}

function assessed(a: AnyAsset, ruleId: string, severity: Severity, status: ResultStatus): AssessedAsset {
  const r: EvaluatedResult = { ruleId, assetUid: a.uid, status, severity, message: '' };
  if (status === 'fail') r.findingId = findingId(ruleId, a.uid);
  return { asset: a, results: [r] };
}

function assessment(regions: string[]): Assessment {
  return {
    assets: 0,
    results: { pass: 0, fail: 0, error: 0, not_applicable: 0 },
    failedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    sources: [],
    diagnostics: [],
    diagnosticCounts: { error: 0, warning: 0 },
    coverage: {
      scopes: regions.map((region) => ({ provider: 'aws', account: ACCOUNT, region })),
      assetTypes: { 'aws.s3.bucket': 3 },
      unsupportedTypes: {},
      unknownFields: [],
      unassessed: [],
      complete: true,
    },
  };
}

const T0 = '2026-11-01T00:00:00.000Z';
const T1 = '2026-11-02T00:00:00.000Z';
const T2 = '2026-11-10T00:00:00.000Z';
const NOW = new Date('2026-11-10T01:00:00.000Z');

async function history() {
  const path = join(mkdtempSync(join(tmpdir(), 'parapet-metrics-')), 'm.db');
  const store = openSqliteStore(path);
  const scans: [string, string, AssessedAsset[], string[]][] = [
    [
      's0',
      T0,
      [
        // a's misconfiguration was recorded by the provider 12 h before the scan; b's time is unknown.
        assessed(bucket('a', 'Off', '2026-10-31T12:00:00.000Z'), 'r1', 'high', 'fail'),
        assessed(bucket('b', 'Off'), 'r1', 'high', 'fail'),
        assessed(bucket('c', 'Off', '2026-11-01T06:00:00.000Z'), 'r2', 'critical', 'fail'), // after the scan: ignored
      ],
      ['eu-west-1', 'us-east-1'],
    ],
    [
      's1',
      T1,
      [
        assessed(bucket('a', 'Enabled'), 'r1', 'high', 'pass'),
        assessed(bucket('b', 'Off'), 'r1', 'high', 'fail'),
        assessed(bucket('c', 'Enabled'), 'r2', 'critical', 'pass'),
      ],
      ['eu-west-1', 'us-east-1'],
    ],
    [
      's2',
      T2,
      [
        // a regresses; the provider recorded the change 6 h before the scan.
        assessed(bucket('a', 'Suspended', '2026-11-09T18:00:00.000Z'), 'r1', 'high', 'fail'),
        assessed(bucket('b', 'Enabled'), 'r1', 'high', 'pass'),
        assessed(bucket('c', 'Enabled'), 'r2', 'critical', 'pass'),
      ],
      ['eu-west-1'],
    ],
  ];
  for (const [id, at, batch, regions] of scans) {
    const w = await store.beginScan({ id, startedAt: at, sources: ['t'], options: {} });
    await w.write(batch);
    await w.finish(assessment(regions), at);
  }
  const h = metricsHistory(store.connection, NOW.toISOString());
  await store.close();
  return h;
}

describe('metrics', () => {
  it('computes exact MTTD, MTTR, SLA, recurrence, open trend, compliance and coverage', async () => {
    const h = await history();
    const m = computeMetrics({
      now: NOW,
      windowHours: 30 * 24,
      sla: DEFAULT_SLA_HOURS,
      frameworks: [{ id: 'fw', rules: new Set(['r1', 'r2']) }],
      ...h,
    });
    expect(m.window).toEqual({ from: '2026-10-11T01:00:00.000Z', to: '2026-11-10T01:00:00.000Z' });
    // a@T0 12 h (provider time), b@T0 0 h, c@T0 0 h (provider time after detection), a@T2 6 h.
    expect(m.mttd).toMatchObject({ hours: 4.5, detections: 4, fromProviderTime: 2 });
    expect(m.mttd.bySeverity).toMatchObject({ high: 6, critical: 0, medium: null });
    // a 24 h (high), c 24 h (critical), b 216 h (high).
    expect(m.mttr).toMatchObject({ hours: 88, resolved: 3 });
    expect(m.mttr.bySeverity).toMatchObject({ critical: 24, high: 120, low: null });
    // critical 1/1 within 48 h; high: a within 7 days, b not.
    expect(m.sla.bySeverity.critical).toEqual({ met: 1, missed: 0, attainment: 100 });
    expect(m.sla.bySeverity.high).toEqual({ met: 1, missed: 1, attainment: 50 });
    expect(m.sla.attainment).toBe(66.67);
    // Of a, b, c resolved in the window, a reopened.
    expect(m.recurrenceRate).toBe(0.33);
    expect(m.recurrence).toEqual({
      resolved: 3,
      reopened: 1,
      topRules: [{ ruleId: 'r1', reopened: 1 }],
      topResources: [{ uid: 'arn:aws:s3:::a', reopened: 1 }],
    });
    expect(m.openTrend.map((p) => [p.scan, p.open, p.bySeverity.high, p.bySeverity.critical])).toEqual([
      ['s0', 3, 2, 1],
      ['s1', 1, 1, 0],
      ['s2', 1, 1, 0],
    ]);
    expect(m.compliance.fw!.map((p) => p.score)).toEqual([0, 66.67, 66.67]);
    expect(m.coverage).toMatchObject({
      scan: 's2',
      accounts: { assessed: 1, known: 1, missing: [] },
      regions: { assessed: 1, known: 2, missing: ['aws:111122223333:us-east-1'] },
    });
  });

  it('narrows to the window and gives null where there is nothing to measure', async () => {
    const h = await history();
    // A 12-hour window before now holds only s2: a's reopening, b's resolution after 216 h.
    const m = computeMetrics({ now: NOW, windowHours: 12, sla: { high: 300 }, frameworks: [], ...h });
    expect(m.mttd).toMatchObject({ hours: 6, detections: 1 });
    expect(m.mttr).toMatchObject({ hours: 216, resolved: 1 });
    expect(m.sla.bySeverity).toEqual({ high: { met: 1, missed: 0, attainment: 100 } });
    expect(m.recurrenceRate).toBe(0);
    const empty = computeMetrics({
      now: new Date('2026-01-01T00:00:00Z'),
      windowHours: 24,
      sla: DEFAULT_SLA_HOURS,
      frameworks: [],
      ...h,
    });
    expect(empty.mttd.hours).toBeNull();
    expect(empty.mttr.hours).toBeNull();
    expect(empty.recurrenceRate).toBeNull();
    expect(empty.openTrend).toEqual([]);
  });
});
