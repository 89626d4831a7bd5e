/**
 * Baselines and drift in the SQLite store: reading a scan's (or a baseline's) assets with their rule
 * results as drift inputs, approving a baseline (each asset's version and normalised-state hash),
 * and recording and listing drift events.
 */
import type Database from 'better-sqlite3';
import type { Assessment } from '../engine/assess.js';
import { stateHash, type DriftAsset, type DriftEntry } from '../lifecycle/drift.js';
import { StoreError } from '../model/errors.js';

const STATUS_NAMES = ['pass', 'fail', 'error', 'not_applicable'];

export interface ScanRef {
  seq: number;
  id: string;
  startedAt: string;
  assessment: Assessment | undefined;
}

/** A recorded scan by id, or the latest complete or partial one (`latest`, or no id). */
export function findScan(db: Database.Database, id?: string): ScanRef {
  const row =
    id === undefined || id === 'latest'
      ? db
          .prepare<[], { seq: number; id: string; started_at: string; assessment: string | null }>(
            "SELECT seq, id, started_at, assessment FROM scans WHERE status IN ('complete', 'partial') ORDER BY seq DESC LIMIT 1",
          )
          .get()
      : db
          .prepare<
            [string],
            { seq: number; id: string; started_at: string; assessment: string | null; status: string }
          >('SELECT seq, id, started_at, assessment, status FROM scans WHERE id = ?')
          .get(id);
  if (row === undefined)
    throw new StoreError(
      id === undefined || id === 'latest'
        ? 'the store has no recorded scan yet'
        : `no scan "${id}" in the store`,
    );
  if ('status' in row && row.status !== 'complete' && row.status !== 'partial')
    throw new StoreError(
      `scan "${id}" is ${String(row.status)}: only complete or partial scans can be compared`,
    );
  return {
    seq: row.seq,
    id: row.id,
    startedAt: row.started_at,
    assessment: row.assessment === null ? undefined : (JSON.parse(row.assessment) as Assessment),
  };
}

interface AssetRow {
  asset_id: number;
  version_id: number;
  uid: string;
  type: string;
  provider: string;
  account: string;
  region: string;
  name: string;
  tags: string;
  body: string;
}

function toDriftAsset(r: AssetRow, results: Record<string, string>): DriftAsset {
  const body = JSON.parse(r.body) as { config?: Record<string, unknown> };
  return {
    uid: r.uid,
    type: r.type,
    provider: r.provider,
    account: r.account,
    region: r.region,
    name: r.name,
    tags: JSON.parse(r.tags) as Record<string, string>,
    config: body.config ?? {},
    results,
  };
}

/**
 * The assets of a scan with their results in it, in asset order. `versions` replaces the versions the
 * scan saw (a baseline's approved versions of the same scan's assets).
 */
function* assetsOf(
  db: Database.Database,
  sql: string,
  param: number,
  resultsScan: number,
): Generator<DriftAsset & { versionId: number; assetId: number }> {
  const results = db
    .prepare<[number], { asset_id: number; rule_id: string; status: number }>(
      `SELECT res.asset_id, r.id AS rule_id, res.status FROM results res JOIN rules r ON r.seq = res.rule_seq
       WHERE res.scan_seq = ? ORDER BY res.asset_id`,
    )
    .all(resultsScan);
  const byAsset = new Map<number, Record<string, string>>();
  for (const r of results) {
    let m = byAsset.get(r.asset_id);
    if (m === undefined) byAsset.set(r.asset_id, (m = {}));
    m[r.rule_id] = STATUS_NAMES[r.status] ?? String(r.status);
  }
  for (const row of db.prepare<[number], AssetRow>(sql).iterate(param))
    yield {
      ...toDriftAsset(row, byAsset.get(row.asset_id) ?? {}),
      versionId: row.version_id,
      assetId: row.asset_id,
    };
}

const ASSET_COLUMNS =
  'a.id AS asset_id, v.id AS version_id, a.uid, a.type, a.provider, v.account, v.region, v.name, v.tags, v.body';

export function scanDriftAssets(db: Database.Database, scanSeq: number) {
  return assetsOf(
    db,
    `SELECT ${ASSET_COLUMNS} FROM scan_assets sa JOIN assets a ON a.id = sa.asset_id
     JOIN asset_versions v ON v.id = sa.version_id WHERE sa.scan_seq = ? ORDER BY a.id`,
    scanSeq,
    scanSeq,
  );
}

export interface BaselineRecord {
  id: string;
  seq: number;
  approvedAt: string;
  approvedBy: string;
  scan: string;
  scanSeq: number;
  note?: string;
  assets: number;
}

export function baselineDriftAssets(db: Database.Database, b: BaselineRecord) {
  return assetsOf(
    db,
    `SELECT ${ASSET_COLUMNS} FROM baseline_assets ba JOIN assets a ON a.id = ba.asset_id
     JOIN asset_versions v ON v.id = ba.version_id WHERE ba.baseline_seq = ? ORDER BY a.id`,
    b.seq,
    b.scanSeq,
  );
}

/** Approve the assets of `scan` as the baseline: their versions and normalised-state hashes. */
export function approveBaseline(
  db: Database.Database,
  scan: ScanRef,
  at: string,
  actor: string,
  note: string | undefined,
): BaselineRecord {
  return db.transaction(() => {
    const info = db
      .prepare('INSERT INTO baselines (approved_at, approved_by, scan_seq, note) VALUES (?, ?, ?, ?)')
      .run(at, actor, scan.seq, note ?? null);
    const seq = Number(info.lastInsertRowid);
    const insert = db.prepare(
      'INSERT INTO baseline_assets (baseline_seq, asset_id, version_id, config_hash) VALUES (?, ?, ?, ?)',
    );
    let n = 0;
    // Read first (a statement cannot insert while another is iterating the same connection).
    const rows: [number, number, string][] = [];
    for (const a of scanDriftAssets(db, scan.seq)) rows.push([a.assetId, a.versionId, stateHash(a)]);
    for (const [assetId, versionId, hash] of rows) {
      insert.run(seq, assetId, versionId, hash);
      n++;
    }
    db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)').run(
      at,
      actor,
      'baseline.approve',
      `baseline-${seq}`,
      JSON.stringify({ scan: scan.id, assets: n, note }),
    );
    return {
      id: `baseline-${seq}`,
      seq,
      approvedAt: at,
      approvedBy: actor,
      scan: scan.id,
      scanSeq: scan.seq,
      assets: n,
      ...(note === undefined ? {} : { note }),
    };
  })();
}

export function listBaselines(db: Database.Database): BaselineRecord[] {
  return db
    .prepare<
      [],
      {
        seq: number;
        approved_at: string;
        approved_by: string;
        scan_seq: number;
        note: string | null;
        scan: string;
        assets: number;
      }
    >(
      `SELECT b.seq, b.approved_at, b.approved_by, b.scan_seq, b.note, s.id AS scan,
              (SELECT count(*) FROM baseline_assets ba WHERE ba.baseline_seq = b.seq) AS assets
       FROM baselines b JOIN scans s ON s.seq = b.scan_seq ORDER BY b.seq`,
    )
    .all()
    .map((r) => ({
      id: `baseline-${r.seq}`,
      seq: r.seq,
      approvedAt: r.approved_at,
      approvedBy: r.approved_by,
      scan: r.scan,
      scanSeq: r.scan_seq,
      assets: r.assets,
      ...(r.note === null ? {} : { note: r.note }),
    }));
}

/** Replace the drift recorded between `reference` and `target` with `entries`. */
export function recordDrift(
  db: Database.Database,
  entries: readonly DriftEntry[],
  at: string,
  reference: string,
  target: string,
): void {
  db.transaction(() => {
    db.prepare('DELETE FROM drift_events WHERE reference = ? AND target = ?').run(reference, target);
    const insert = db.prepare(
      `INSERT INTO drift_events (at, reference, target, uid, type, change, security, fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of entries)
      insert.run(
        at,
        reference,
        target,
        e.uid,
        e.type,
        e.change,
        e.security ? 1 : 0,
        JSON.stringify({ fields: e.fields, flips: e.flips }),
      );
  })();
}

export interface DriftEventRecord {
  at: string;
  reference: string;
  target: string;
  uid: string;
  type: string;
  change: string;
  security: boolean;
  fields: string[];
  flips: string[];
}

/** Drift recorded over time, oldest first; optionally since a time. */
export function listDriftEvents(db: Database.Database, since?: string): DriftEventRecord[] {
  return db
    .prepare<
      unknown[],
      {
        at: string;
        reference: string;
        target: string;
        uid: string;
        type: string;
        change: string;
        security: number;
        fields: string;
      }
    >(
      `SELECT at, reference, target, uid, type, change, security, fields FROM drift_events
       ${since === undefined ? '' : 'WHERE at >= ?'} ORDER BY at, id`,
    )
    .all(...(since === undefined ? [] : [since]))
    .map((r) => {
      const detail = JSON.parse(r.fields) as { fields: { path: string }[]; flips: { ruleId: string }[] };
      return {
        at: r.at,
        reference: r.reference,
        target: r.target,
        uid: r.uid,
        type: r.type,
        change: r.change,
        security: r.security === 1,
        fields: detail.fields.map((f) => f.path),
        flips: detail.flips.map((f) => f.ruleId),
      };
    });
}
