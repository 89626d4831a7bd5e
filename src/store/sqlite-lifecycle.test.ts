import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessedAsset, Assessment, EvaluatedResult } from '../engine/assess.js';
import type { CoverageDeclaration } from '../engine/coverage-index.js';
import { findingId } from '../engine/finding-id.js';
import type { Suppression } from '../lifecycle/suppressions.js';
import type { AnyAsset } from '../model/asset.js';
import type { ResultStatus } from '../model/result.js';
import { openSqliteStore } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-lifecycle-'));
let n = 0;
const dbPath = () => join(dir, `l${n++}.db`);

function bucket(name: string, region = 'eu-west-1', tags: Record<string, string> = {}): AnyAsset {
  return {
    uid: `arn:aws:s3:::${name}`,
    type: 'aws.s3.bucket',
    provider: 'aws',
    account: '111122223333',
    region,
    name,
    tags,
    config: { versioning: 'Off' },
    relations: [],
    context: {},
    source: { kind: 'import', format: 'test' },
  };
}

function assessed(a: AnyAsset, status: ResultStatus, ruleId = 'r1'): AssessedAsset {
  const r: EvaluatedResult = {
    ruleId,
    assetUid: a.uid,
    status,
    severity: 'high',
    message: `${a.name} ${status}`,
  };
  if (status === 'fail' || status === 'error') r.findingId = findingId(ruleId, a.uid);
  return { asset: a, results: [r] };
}

const fullEuWest1: CoverageDeclaration[] = [
  { provider: 'aws', account: '111122223333', region: 'eu-west-1', assetTypes: 'all' },
];

function assessment(declared: CoverageDeclaration[] = []): Assessment {
  return {
    assets: 0,
    results: { pass: 0, fail: 0, error: 0, not_applicable: 0 },
    failedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    sources: [],
    diagnostics: [],
    diagnosticCounts: { error: 0, warning: 0 },
    coverage: {
      scopes: [],
      assetTypes: {},
      unsupportedTypes: {},
      unknownFields: [],
      unassessed: [],
      complete: true,
      declared,
    },
  };
}

async function scan(
  path: string,
  id: string,
  at: string,
  batch: AssessedAsset[],
  opts: { declared?: CoverageDeclaration[]; suppressions?: Suppression[] } = {},
) {
  const store = openSqliteStore(path);
  const w = await store.beginScan({
    id,
    startedAt: at,
    sources: ['t'],
    options: {},
    ...(opts.suppressions ? { suppressions: opts.suppressions } : {}),
  });
  await w.write(batch);
  await w.finish(assessment(opts.declared), at);
  const states = new Map([...store.findings()].map((f) => [f.resource.name, f]));
  await store.close();
  return states;
}

const T0 = '2026-11-01T00:00:00.000Z';
const T1 = '2026-11-03T12:00:00.000Z';
const T2 = '2026-11-05T00:00:00.000Z';

describe('findings lifecycle', () => {
  it('gives new, resolved, removed, reopened and unchanged findings between scans', async () => {
    const path = dbPath();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => bucket(x));
    await scan(path, 's0', T0, [assessed(a!, 'fail'), assessed(b!, 'fail'), assessed(c!, 'fail')], {
      declared: fullEuWest1,
    });
    // T1: a fixed, b deleted, c unchanged, d new.
    const t1 = await scan(
      path,
      's1',
      T1,
      [assessed(a!, 'pass'), assessed(c!, 'fail'), assessed(d!, 'fail')],
      {
        declared: fullEuWest1,
      },
    );
    expect(Object.fromEntries([...t1].map(([k, f]) => [k, f.state]))).toEqual({
      a: 'resolved',
      b: 'removed',
      c: 'open',
      d: 'open',
    });
    expect(t1.get('a')).toMatchObject({ resolvedAt: T1, firstSeen: T0, lastSeen: T0 });
    expect(t1.get('b')).toMatchObject({ removedAt: T1 });
    expect(t1.get('c')).toMatchObject({ firstSeen: T0, lastSeen: T1, reopenedCount: 0 });
    expect(t1.get('d')).toMatchObject({ firstSeen: T1 });
    // T2: a fails again (reopened), b comes back failing (reopened after removal).
    const t2 = await scan(
      path,
      's2',
      T2,
      [assessed(a!, 'fail'), assessed(b!, 'fail'), assessed(c!, 'fail')],
      {
        declared: fullEuWest1,
      },
    );
    expect(t2.get('a')).toMatchObject({ state: 'reopened', reopenedCount: 1, firstSeen: T0, lastSeen: T2 });
    expect(t2.get('a')!.resolvedAt).toBeUndefined();
    expect(t2.get('b')).toMatchObject({ state: 'reopened', reopenedCount: 1 });
    expect(t2.get('d')).toMatchObject({ state: 'removed' });

    const store = openSqliteStore(path);
    const history = store.findingEvents(findingId('r1', a!.uid));
    await store.close();
    expect(history.map((e) => [e.at, e.kind, e.state, e.actor])).toEqual([
      [T0, 'detected', 'open', 'scan s0'],
      [T1, 'resolved', 'resolved', 'scan s1'],
      [T2, 'reopened', 'reopened', 'scan s2'],
    ]);
  });

  it('a partial scan resolves and removes nothing outside what it covered', async () => {
    const path = dbPath();
    const west = bucket('west', 'eu-west-1');
    const east = bucket('east', 'us-east-1');
    const gone = bucket('gone', 'eu-west-1');
    await scan(path, 's0', T0, [assessed(west, 'fail'), assessed(east, 'fail'), assessed(gone, 'fail')]);
    // Only eu-west-1 is declared complete; us-east-1 was not scanned at all.
    const t1 = await scan(path, 's1', T1, [assessed(west, 'fail')], { declared: fullEuWest1 });
    expect(t1.get('east')!.state).toBe('open');
    expect(t1.get('gone')!.state).toBe('removed');
    // A scan declaring no complete scope removes nothing, even of what it did not see.
    const path2 = dbPath();
    await scan(path2, 's0', T0, [assessed(west, 'fail'), assessed(gone, 'fail')]);
    const t1b = await scan(path2, 's1', T1, [assessed(west, 'fail')]);
    expect(t1b.get('gone')!.state).toBe('open');
    // An asset seen but not judged by the rule (e.g. another framework) keeps its finding open.
    const t2 = await scan(path2, 's2', T2, [{ asset: gone, results: [] }], { declared: fullEuWest1 });
    expect(t2.get('gone')!.state).toBe('open');
  });

  it('mutes matching findings, keeps them visible, and reopens them when the suppression expires', async () => {
    const path = dbPath();
    const dev = bucket('dev-logs', 'eu-west-1', { env: 'dev' });
    const prod = bucket('prod-logs', 'eu-west-1', { env: 'prod' });
    const suppression: Suppression = {
      id: 'dev-buckets',
      reason: 'dev data only',
      owner: 'platform',
      kind: 'risk-accepted',
      expires: '2026-11-04T00:00:00.000Z',
      match: { rule: 'r*', tags: { env: 'dev' } },
    };
    const t0 = await scan(path, 's0', T0, [assessed(dev, 'fail'), assessed(prod, 'fail')], {
      suppressions: [suppression],
    });
    expect(t0.get('dev-logs')).toMatchObject({
      state: 'muted',
      suppression: { id: 'dev-buckets', kind: 'risk-accepted' },
    });
    expect(t0.get('prod-logs')!.state).toBe('open');
    // Still failing at T1 (before expiry): stays muted.
    const t1 = await scan(path, 's1', T1, [assessed(dev, 'fail'), assessed(prod, 'fail')], {
      suppressions: [suppression],
    });
    expect(t1.get('dev-logs')!.state).toBe('muted');
    // T2 is after the expiry: the finding reopens, the event dated at the expiry.
    const t2 = await scan(path, 's2', T2, [assessed(dev, 'fail'), assessed(prod, 'fail')], {
      suppressions: [suppression],
    });
    expect(t2.get('dev-logs')).toMatchObject({ state: 'reopened', reopenedCount: 1 });
    const store = openSqliteStore(path);
    const events = store.findingEvents(findingId('r1', dev.uid));
    const audit = store.auditLog();
    await store.close();
    expect(events.map((e) => [e.at, e.kind, e.state])).toEqual([
      [T0, 'detected', 'open'],
      [T0, 'muted', 'muted'],
      ['2026-11-04T00:00:00.000Z', 'expired', 'reopened'],
    ]);
    expect(audit.map((e) => [e.action, e.subject, e.actor])).toEqual([
      ['suppression.add', 'suppression dev-buckets', 'scan s0'],
    ]);
  });

  it('unmutes findings when their suppression is removed, and audits the removal', async () => {
    const path = dbPath();
    const a = bucket('a');
    const s: Suppression = { id: 's', reason: 'x', owner: 'o', kind: 'mitigated', match: { resource: 'a' } };
    await scan(path, 's0', T0, [assessed(a, 'fail')], { suppressions: [s] });
    // A scan with no suppression file (another directory) keeps the suppressions last applied.
    const t1 = await scan(path, 's1', T1, [assessed(a, 'fail')]);
    expect(t1.get('a')).toMatchObject({ state: 'muted', suppression: { id: 's' } });
    const store = openSqliteStore(path);
    const counts = store.applySuppressions([], new Date(T1), 'cli (user test)');
    const [f] = [...store.findings()];
    const audit = store.auditLog();
    await store.close();
    expect(counts).toMatchObject({ changes: 1, unmuted: 1 });
    expect(f).toMatchObject({ state: 'open' });
    expect(audit.at(-1)).toMatchObject({
      action: 'suppression.remove',
      subject: 'suppression s',
      actor: 'cli (user test)',
    });
  });

  it('filters findings by state, severity, rule and account', async () => {
    const path = dbPath();
    const [a, b] = ['a', 'b'].map((x) => bucket(x));
    await scan(path, 's0', T0, [assessed(a!, 'fail'), assessed(b!, 'fail'), assessed(b!, 'fail', 'r2')]);
    await scan(path, 's1', T1, [assessed(a!, 'pass'), assessed(b!, 'fail'), assessed(b!, 'fail', 'r2')]);
    const store = openSqliteStore(path);
    const names = (f: Parameters<typeof store.findings>[0]) =>
      [...store.findings(f)].map((x) => `${x.ruleId}:${x.resource.name}`).sort();
    expect(names({ states: ['open', 'reopened'] })).toEqual(['r1:b', 'r2:b']);
    expect(names({ states: ['resolved'] })).toEqual(['r1:a']);
    expect(names({ rules: ['r2'] })).toEqual(['r2:b']);
    expect(names({ accounts: ['999'] })).toEqual([]);
    expect(names({ severities: ['low'] })).toEqual([]);
    expect(names({ since: T1 })).toEqual([]);
    await store.close();
  });
});
