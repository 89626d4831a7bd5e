import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AssessedAsset, Assessment, EvaluatedResult } from '../engine/assess.js';
import { findingId } from '../engine/finding-id.js';
import type { AnyAsset } from '../model/asset.js';
import { StoreError } from '../model/errors.js';
import type { ResultStatus } from '../model/result.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite.js';
import { MIGRATIONS } from './sqlite-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-store-'));
let n = 0;
const dbPath = () => join(dir, `s${n++}.db`);

function asset(name: string, tags: Record<string, string> = {}): AnyAsset {
  return {
    uid: `arn:aws:s3:::${name}`,
    type: 'aws.s3.bucket',
    provider: 'aws',
    account: '111122223333',
    region: 'us-east-1',
    name,
    tags,
    config: { versioning: 'Off' },
    relations: [],
    context: {},
    source: { kind: 'import', format: 'test', file: 'f.json', position: 'configurationItems[0]' },
  };
}

function result(a: AnyAsset, ruleId: string, status: ResultStatus): EvaluatedResult {
  const r: EvaluatedResult = {
    ruleId,
    assetUid: a.uid,
    status,
    severity: 'high',
    message: status === 'fail' ? `${a.name} fails` : '',
  };
  if (status === 'fail' || status === 'error') r.findingId = findingId(ruleId, a.uid);
  if (status === 'fail')
    r.risk = { score: 60, factors: [{ name: 'severity', contribution: 60, detail: 'x' }] };
  return r;
}

const assessment = (complete = true): Assessment => ({
  assets: 0,
  results: { pass: 0, fail: 0, error: 0, not_applicable: 0 },
  failedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  sources: [],
  diagnostics: [],
  diagnosticCounts: { error: 0, warning: 0 },
  coverage: { scopes: [], assetTypes: {}, unsupportedTypes: {}, unknownFields: [], unassessed: [], complete },
});

for (const options of [
  { writer: 'inline' },
  { writer: 'worker' },
  { writer: 'inline', groupSize: 1, commitEvery: 1 },
] as const satisfies SqliteStoreOptions[]) {
  const mode = `${options.writer} writer${'commitEvery' in options ? ', a group and transaction per asset' : ''}`;
  describe(`SqliteStore (${mode})`, () => storeTests(options));
}

function storeTests(options: SqliteStoreOptions) {
  async function scan(path: string, id: string, at: string, batch: AssessedAsset[]) {
    const store = openSqliteStore(path, options);
    const w = await store.beginScan({ id, startedAt: at, sources: ['t'], options: {} });
    await w.write(batch);
    await w.finish(assessment(), at);
    const results = [];
    for await (const r of store.scanResults(id)) results.push(r);
    const findings = new Database(path).prepare('SELECT * FROM findings ORDER BY id').all() as Record<
      string,
      unknown
    >[];
    await store.close();
    return { results, findings };
  }

  it('stores a scan and reads its failing results back with resource details', async () => {
    const a = asset('a', { Owner: 'x' });
    const { results, findings } = await scan(dbPath(), 's1', '2026-01-01T00:00:00.000Z', [
      { asset: a, results: [result(a, 'r1', 'fail'), result(a, 'r2', 'pass')] },
    ]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      findingId: findingId('r1', a.uid),
      ruleId: 'r1',
      status: 'fail',
      message: 'a fails',
      resource: { uid: a.uid, name: 'a', tags: { Owner: 'x' }, source: { file: 'f.json' } },
      firstSeen: '2026-01-01T00:00:00.000Z',
      state: 'open',
      risk: { score: 60, factors: [{ name: 'severity', contribution: 60, detail: 'x' }] },
    });
    expect(findings).toHaveLength(1);
  });

  it('reads risk factors stored inline by earlier versions as well as shared profiles', async () => {
    const path = dbPath();
    const a = asset('a');
    const b = asset('b');
    await scan(path, 's1', '2026-01-01T00:00:00.000Z', [
      { asset: a, results: [result(a, 'r1', 'fail')] },
      { asset: b, results: [result(b, 'r1', 'fail')] },
    ]);
    const db = new Database(path);
    expect(db.prepare('SELECT count(*) AS n FROM risk_profiles').get()).toEqual({ n: 1 });
    const inline = [{ name: 'severity', contribution: 70, detail: 'written by schema 1' }];
    db.prepare('UPDATE scan_findings SET risk = ?, risk_profile = NULL WHERE asset_id = 1').run(
      JSON.stringify(inline),
    );
    db.close();
    const store = openSqliteStore(path, options);
    const risks = new Map<string, unknown>();
    for await (const r of store.scanResults('s1')) risks.set(r.resource.name, r.risk?.factors);
    await store.close();
    expect(risks.get('a')).toEqual(inline);
    expect(risks.get('b')).toEqual([{ name: 'severity', contribution: 60, detail: 'x' }]);
  });

  it('keeps first seen and moves last seen across scans; resolves on pass and reopens on fail', async () => {
    const path = dbPath();
    const a = asset('a');
    const id = findingId('r1', a.uid);
    await scan(path, 's1', '2026-01-01T00:00:00.000Z', [{ asset: a, results: [result(a, 'r1', 'fail')] }]);
    let f = (
      await scan(path, 's2', '2026-01-02T00:00:00.000Z', [{ asset: a, results: [result(a, 'r1', 'fail')] }])
    ).findings[0]!;
    expect(f).toMatchObject({
      id,
      first_seen: '2026-01-01T00:00:00.000Z',
      last_seen: '2026-01-02T00:00:00.000Z',
      state: 'open',
    });
    f = (
      await scan(path, 's3', '2026-01-03T00:00:00.000Z', [{ asset: a, results: [result(a, 'r1', 'pass')] }])
    ).findings[0]!;
    expect(f).toMatchObject({ state: 'resolved', resolved_at: '2026-01-03T00:00:00.000Z' });
    f = (
      await scan(path, 's4', '2026-01-04T00:00:00.000Z', [{ asset: a, results: [result(a, 'r1', 'fail')] }])
    ).findings[0]!;
    expect(f).toMatchObject({
      state: 'reopened',
      reopened_count: 1,
      first_seen: '2026-01-01T00:00:00.000Z',
      resolved_at: null,
    });
  });

  it('does not resolve a finding whose resource was not assessed again', async () => {
    const path = dbPath();
    const a = asset('a');
    const b = asset('b');
    await scan(path, 's1', '2026-01-01T00:00:00.000Z', [{ asset: a, results: [result(a, 'r1', 'fail')] }]);
    const { findings } = await scan(path, 's2', '2026-01-02T00:00:00.000Z', [
      { asset: b, results: [result(b, 'r1', 'pass')] },
    ]);
    expect(findings.find((f) => f.id === findingId('r1', a.uid))).toMatchObject({ state: 'open' });
  });

  it('an aborted scan leaves stored history as it was', async () => {
    const path = dbPath();
    const a = asset('a');
    const before = await scan(path, 's1', '2026-01-01T00:00:00.000Z', [
      { asset: a, results: [result(a, 'r1', 'fail')] },
    ]);
    const store = openSqliteStore(path, options);
    const w = await store.beginScan({
      id: 's2',
      startedAt: '2026-01-02T00:00:00.000Z',
      sources: [],
      options: {},
    });
    await w.write([{ asset: a, results: [result(a, 'r1', 'pass')] }]);
    await w.abort('input failed', '2026-01-02T00:00:01.000Z');
    expect((await store.getScan('s2'))?.status).toBe('failed');
    expect((await store.latestScan())?.id).toBe('s1');
    await store.close();
    const after = new Database(path).prepare('SELECT * FROM findings').all();
    expect(after).toEqual(before.findings);
    expect(new Database(path).prepare('SELECT count(*) AS n FROM results WHERE scan_seq = 2').get()).toEqual({
      n: 0,
    });
  });

  it('stores one version per distinct asset state', async () => {
    const path = dbPath();
    const a = asset('a');
    await scan(path, 's1', '2026-01-01T00:00:00.000Z', [{ asset: a, results: [] }]);
    await scan(path, 's2', '2026-01-02T00:00:00.000Z', [{ asset: a, results: [] }]);
    await scan(path, 's3', '2026-01-03T00:00:00.000Z', [
      { asset: { ...a, tags: { changed: 'yes' } }, results: [] },
    ]);
    const db = new Database(path);
    expect(db.prepare('SELECT count(*) AS n FROM asset_versions').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM scan_assets').get()).toEqual({ n: 3 });
  });

  it('stores many batches in groups: every asset, version and result, each once', async () => {
    const path = dbPath();
    const assets = Array.from({ length: 7 }, (_, i) => asset(`m${i}`));
    const batches = (list: AnyAsset[], status: ResultStatus) =>
      list.map((a) => [{ asset: a, results: [result(a, 'r1', status), result(a, 'r2', 'pass')] }]);
    const run = async (id: string, at: string, list: AnyAsset[], status: ResultStatus) => {
      const store = openSqliteStore(path, options);
      const w = await store.beginScan({ id, startedAt: at, sources: [], options: {} });
      for (const b of batches(list, status)) await w.write(b);
      await w.finish(assessment(), at);
      await store.close();
    };
    await run('s1', '2026-01-01T00:00:00.000Z', assets, 'fail');
    // Second scan: one asset changed, one new, the first one gone; all pass now.
    const changed = { ...assets[1]!, tags: { changed: 'yes' } };
    await run('s2', '2026-01-02T00:00:00.000Z', [changed, ...assets.slice(2), asset('new')], 'pass');
    const db = new Database(path);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM assets')).toBe(8);
    expect(count('SELECT count(*) AS n FROM asset_versions')).toBe(9);
    expect(count('SELECT count(*) AS n FROM scan_assets WHERE scan_seq = 2')).toBe(7);
    expect(count('SELECT count(*) AS n FROM results WHERE scan_seq = 1')).toBe(14);
    expect(count("SELECT count(*) AS n FROM findings WHERE state = 'resolved'")).toBe(6);
    expect(count("SELECT count(*) AS n FROM findings WHERE state = 'open'")).toBe(1); // m0, not assessed again
    const versionOf = db
      .prepare(
        `SELECT v.tags FROM scan_assets sa JOIN assets a ON a.id = sa.asset_id JOIN asset_versions v ON v.id = sa.version_id
         WHERE sa.scan_seq = 2 AND a.uid = ?`,
      )
      .get(changed.uid) as { tags: string };
    expect(JSON.parse(versionOf.tags)).toEqual({ changed: 'yes' });
    db.close();
  });

  it('stores an asset met twice in one scan once', async () => {
    const path = dbPath();
    const a = asset('twice');
    const store = openSqliteStore(path, options);
    const w = await store.beginScan({
      id: 's1',
      startedAt: '2026-01-01T00:00:00.000Z',
      sources: [],
      options: {},
    });
    await w.write([{ asset: a, results: [result(a, 'r1', 'fail')] }]);
    await w.write([
      { asset: a, results: [result(a, 'r1', 'fail')] },
      { asset: asset('other'), results: [] },
    ]);
    await w.finish(assessment(), '2026-01-01T00:00:00.000Z');
    await store.close();
    const db = new Database(path);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM assets')).toBe(2);
    expect(count('SELECT count(*) AS n FROM asset_versions')).toBe(2);
    expect(count('SELECT count(*) AS n FROM scan_assets')).toBe(2);
    expect(count('SELECT count(*) AS n FROM findings')).toBe(1);
    db.close();
  });

  it('a write that cannot be stored fails the scan, and aborting it leaves history as it was', async () => {
    const path = dbPath();
    const a = asset('a');
    const before = await scan(path, 's1', '2026-01-01T00:00:00.000Z', [
      { asset: a, results: [result(a, 'r1', 'fail')] },
    ]);
    const store = openSqliteStore(path, options);
    const w = await store.beginScan({
      id: 's2',
      startedAt: '2026-01-02T00:00:00.000Z',
      sources: [],
      options: {},
    });
    const broken = { ...asset('b'), account: null as unknown as string }; // violates NOT NULL
    await w.write([{ asset: a, results: [result(a, 'r1', 'pass')] }]);
    const failed = (async () => {
      await w.write([{ asset: broken, results: [] }]);
      await w.write([{ asset: asset('c'), results: [] }]);
      await w.finish(assessment(), '2026-01-02T00:00:01.000Z');
    })();
    await expect(failed).rejects.toThrow(/NOT NULL constraint failed/);
    await w.abort('store failed', '2026-01-02T00:00:02.000Z');
    expect((await store.getScan('s2'))?.status).toBe('failed');
    await store.close();
    const db = new Database(path);
    expect(db.prepare('SELECT * FROM findings').all()).toEqual(before.findings);
    expect(db.prepare('SELECT count(*) AS n FROM results WHERE scan_seq = 2').get()).toEqual({ n: 0 });
    db.close();
  });
}

describe('SqliteStore', () => {
  it('migrates once and refuses a store written by a newer version', () => {
    const path = dbPath();
    openSqliteStore(path);
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(StoreError);
  });

  it('names the path when the store cannot be opened', () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const path = join(file, 'parapet.db'); // a directory that is a file
    expect(() => openSqliteStore(path)).toThrow(StoreError);
    expect(() => openSqliteStore(path)).toThrow(path);
  });
});
