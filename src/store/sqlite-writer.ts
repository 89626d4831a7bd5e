/**
 * Writes one scan's rows into the SQLite tables: assets, their versions (one per distinct state),
 * scan_assets, results and scan_findings, then, in `finish`, the findings with their history. It runs
 * on whichever thread owns the write connection (the store's worker, or the caller's thread).
 *
 * Built for millions of rows: statements insert up to `MAX_ROWS` rows at once (each statement run has
 * a fixed cost that dwarfs a row's), lookups go one query per group of batches, and each group of
 * about `groupSize` assets is written table by table, each table's rows in the order of its key: the
 * keys of assets and findings (uids, finding ids) are scattered, and inserting them in order touches
 * each index page once instead of once per row. Transactions span many groups (`commitEvery`).
 *
 * Findings change only in `finish`, in one transaction with the scan's status; `abort` rolls back what
 * is not committed and deletes what is, so a failed scan leaves the stored history as it was.
 */
import { hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { applyScan, syncSuppressions, type ScanLifecycle } from './sqlite-lifecycle.js';
import {
  ASSET_FIELDS,
  FINDING_FIELDS,
  RESULT_FIELDS,
  unpackRows,
  type BatchRows,
  type Rows,
} from './sqlite-rows.js';

/**
 * Positions of `keys` in key order (UTF-16 code units, as SQLite's BINARY collation orders ASCII
 * keys such as uids and finding ids). Sorting the strings themselves with the built-in order is
 * about twice as fast as sorting positions with a comparator; positions are then found by key.
 */
function orderOf(keys: readonly string[]): number[] {
  const position = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) position.set(keys[i]!, i);
  if (position.size < keys.length) {
    // A key twice: the general way.
    const order = keys.map((_, i) => i);
    return order.sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : 0));
  }
  return keys
    .slice()
    .sort()
    .map((k) => position.get(k)!);
}

/** Most rows per insert statement. */
const MAX_ROWS = 100;

/** What `finish` needs besides the rows: the scan's id, declared coverage and the suppressions. */
export type FinishLifecycle = Omit<ScanLifecycle, 'seq' | 'at'>;

export interface ScanRef {
  seq: number;
  startedAt: string;
}

/** Assets per group (the unit rows are sorted and inserted in), by default. */
export const DEFAULT_GROUP_SIZE = 20_000;
/** Assets per transaction, by default. */
export const DEFAULT_COMMIT_EVERY = 250_000;

export interface WriterOptions {
  /** Write the rows taken after about this many assets. */
  groupSize?: number;
  /**
   * Commit after about this many assets (and always in finish). A commit writes every page the
   * transaction touched, and a group's scattered keys touch much of their indexes: fewer commits,
   * fewer writes of the same index pages.
   */
  commitEvery?: number;
}

/** Multi-row inserts of one shape: a statement per row count, prepared when first needed. */
class BulkInsert {
  readonly #statements = new Map<number, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly head: string,
    private readonly tuple: string,
    private readonly tail = '',
  ) {}

  #statement(rows: number): Database.Statement {
    let st = this.#statements.get(rows);
    if (st === undefined) {
      st = this.db.prepare(
        `${this.head} VALUES ${Array<string>(rows).fill(this.tuple).join(',')} ${this.tail}`,
      );
      this.#statements.set(rows, st);
    }
    return st;
  }

  /** Insert `values` (a whole number of rows of `width` values). */
  run(values: readonly unknown[], width: number): void {
    const rows = values.length / width;
    for (let from = 0; from < rows; from += MAX_ROWS) {
      const n = Math.min(MAX_ROWS, rows - from);
      this.#statement(n).run(values.slice(from * width, (from + n) * width));
    }
  }

  /** Insert `values` and return what the statement's RETURNING clause gives, row by row. */
  all<R>(values: readonly unknown[], width: number): R[] {
    const out: R[] = [];
    const rows = values.length / width;
    for (let from = 0; from < rows; from += MAX_ROWS) {
      const n = Math.min(MAX_ROWS, rows - from);
      for (const r of this.#statement(n).all(values.slice(from * width, (from + n) * width)) as R[])
        out.push(r);
    }
    return out;
  }
}

/** A scan's rows not yet written: batches unpacked and appended. */
type Group = Rows;

const emptyGroup = (): Group => ({ assets: [], results: [], findings: [] });

/**
 * The tables' writer for one scan.
 * @example const w = new ScanTableWriter(db, { seq, startedAt }); w.write(rows); w.finish(json, 'complete', at)
 */
export class ScanTableWriter {
  readonly #db: Database.Database;
  readonly #scan: ScanRef;
  readonly #groupSize: number;
  readonly #commitEvery: number;
  /** Assets written in the open transaction. */
  #uncommitted = 0;
  /** The store had no assets when the scan began (then asset ids need no lookup first). */
  readonly #emptyAtStart: boolean;
  /** rule_seq of each rule position of the scan (see BatchRows.newRules). */
  readonly #ruleSeqs: number[] = [];
  /** risk_profiles.id of each risk profile position of the scan (see BatchRows.newRiskProfiles). */
  readonly #riskIds: number[] = [];
  /** Rows waiting to be written, once there are `groupSize` assets. */
  #group: Group = emptyGroup();
  readonly #selectAssets;
  readonly #selectVersions;
  readonly #insertRule;
  readonly #selectRule;
  readonly #insertRisk;
  readonly #selectRisk;
  readonly #insertAssets: BulkInsert;
  readonly #insertVersions: BulkInsert;
  readonly #insertScanAssets: BulkInsert;
  readonly #insertResults: BulkInsert;
  readonly #insertFindings: BulkInsert;

  constructor(db: Database.Database, scan: ScanRef, options: WriterOptions = {}) {
    this.#db = db;
    this.#scan = scan;
    this.#groupSize = options.groupSize ?? DEFAULT_GROUP_SIZE;
    this.#commitEvery = options.commitEvery ?? DEFAULT_COMMIT_EVERY;
    // Lookups for a whole group at once: the uids (or asset id/hash pairs) go in as one JSON array.
    this.#selectAssets = db.prepare<[string], { id: number; uid: string }>(
      'SELECT a.id, a.uid FROM json_each(?) j JOIN assets a ON a.uid = j.value',
    );
    this.#selectVersions = db.prepare<[string], { id: number; asset_id: number }>(
      `SELECT v.id, v.asset_id FROM json_each(?) j
       JOIN asset_versions v ON v.asset_id = j.value ->> 0 AND v.hash = j.value ->> 1`,
    );
    this.#insertRule = db.prepare<[string]>('INSERT OR IGNORE INTO rules (id) VALUES (?)');
    this.#selectRule = db.prepare<[string], { seq: number }>('SELECT seq FROM rules WHERE id = ?');
    this.#insertRisk = db.prepare<[string]>('INSERT OR IGNORE INTO risk_profiles (factors) VALUES (?)');
    this.#selectRisk = db.prepare<[string], { id: number }>('SELECT id FROM risk_profiles WHERE factors = ?');
    const seq = scan.seq; // an integer of ours, safe to write into the statements
    this.#insertAssets = new BulkInsert(
      db,
      'INSERT INTO assets (uid, provider, type, first_seen, first_scan)',
      `(?, ?, ?, ?, ${seq})`,
      'ON CONFLICT (uid) DO NOTHING RETURNING id, uid',
    );
    this.#emptyAtStart = db.prepare('SELECT 1 FROM assets LIMIT 1').get() === undefined;
    this.#insertVersions = new BulkInsert(
      db,
      'INSERT INTO asset_versions (asset_id, hash, account, region, name, tags, context, source, body)',
      '(?, ?, ?, ?, ?, ?, ?, ?, ?)',
      'RETURNING id, asset_id',
    );
    this.#insertScanAssets = new BulkInsert(
      db,
      'INSERT OR IGNORE INTO scan_assets (scan_seq, asset_id, version_id)',
      `(${seq}, ?, ?)`,
    );
    this.#insertResults = new BulkInsert(
      db,
      'INSERT OR IGNORE INTO results (scan_seq, asset_id, rule_seq, status)',
      `(${seq}, ?, ?, ?)`,
    );
    this.#insertFindings = new BulkInsert(
      db,
      `INSERT OR IGNORE INTO scan_findings
       (scan_seq, finding_id, asset_id, rule_seq, status, severity, severity_rank, message, evidence, unknown, risk_score, risk_profile)`,
      `(${seq}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Take one batch; every `groupSize` assets, write what has been taken, and every `commitEvery`,
   * commit. On a failure the open transaction is rolled back and the error rethrown.
   */
  write(rows: BatchRows): void {
    for (const id of rows.newRules) {
      this.#insertRule.run(id);
      this.#ruleSeqs.push(this.#selectRule.get(id)!.seq);
    }
    for (const factors of rows.newRiskProfiles) {
      this.#insertRisk.run(factors);
      this.#riskIds.push(this.#selectRisk.get(factors)!.id);
    }
    const g = this.#group;
    unpackRows(rows, g);
    if (g.assets.length / ASSET_FIELDS >= this.#groupSize) this.#writeGroup();
    if (this.#uncommitted >= this.#commitEvery) this.commit();
  }

  /** Write what has been taken so far, and commit. */
  commit(): void {
    this.#writeGroup();
    if (this.#db.inTransaction) this.#db.exec('COMMIT');
    this.#uncommitted = 0;
  }

  #writeGroup(): void {
    const group = this.#group;
    this.#group = emptyGroup();
    if (group.assets.length === 0) return;
    const db = this.#db;
    if (!db.inTransaction) db.exec('BEGIN');
    try {
      this.#write(group);
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      this.#uncommitted = 0;
      throw e;
    }
    this.#uncommitted += group.assets.length / ASSET_FIELDS;
  }

  /**
   * One group's rows, each table's in the order of its key: rows inserted at random places of an
   * index (uids, finding ids) cost several times rows inserted in order.
   */
  #write(group: Group): void {
    const a = group.assets;
    const n = a.length / ASSET_FIELDS;
    const allUids: string[] = [];
    for (let i = 0; i < n; i++) allUids.push(a[i * ASSET_FIELDS]!);
    const byUid = orderOf(allUids);

    // Asset ids: known assets by one lookup, new ones inserted (a uid twice in a group, once). Into a
    // store that had no assets when the scan began, every asset is new: no lookup first, and the
    // few the insert skips (a uid met again, another scan's) are looked up after.
    const uids: string[] = byUid.map((i) => a[i * ASSET_FIELDS]!);
    const ids = new Map<string, number>();
    const known = new Set<number>();
    const lookUp = (list: string[]) => {
      for (const r of this.#selectAssets.all(JSON.stringify(list))) {
        ids.set(r.uid, r.id);
        known.add(r.id);
      }
    };
    if (!this.#emptyAtStart) lookUp(uids);
    const fresh: unknown[] = [];
    const inserted = new Set<string>();
    for (const i of byUid) {
      const o = i * ASSET_FIELDS;
      const uid = a[o]!;
      if (ids.has(uid) || inserted.has(uid)) continue;
      inserted.add(uid);
      fresh.push(uid, a[o + 1], a[o + 2], this.#scan.startedAt);
    }
    if (fresh.length > 0) {
      for (const r of this.#insertAssets.all<{ id: number; uid: string }>(fresh, 4)) ids.set(r.uid, r.id);
      const skipped = [...inserted].filter((uid) => !ids.has(uid));
      if (skipped.length > 0) lookUp(skipped);
    }
    const assetIds: number[] = [];
    for (let i = 0; i < n; i++) assetIds.push(ids.get(a[i * ASSET_FIELDS]!)!);
    const byId: number[] = byUid.slice().sort((x, y) => assetIds[x]! - assetIds[y]!);

    // Versions: one per distinct state, found by its hash. A new asset has none yet.
    const hashes: string[] = [];
    const lookups: [number, string][] = [];
    for (let i = 0; i < n; i++) {
      const o = i * ASSET_FIELDS;
      const h = hash(
        'sha1',
        `${a[o + 2]}\0${a[o + 3]}\0${a[o + 4]}\0${a[o + 5]}\0${a[o + 6]}\0${a[o + 9]}`,
        'hex',
      );
      hashes.push(h);
      if (known.has(assetIds[i]!)) lookups.push([assetIds[i]!, h]);
    }
    const versions = new Map<number, number>(); // asset id → version id
    if (lookups.length > 0) {
      for (const r of this.#selectVersions.all(JSON.stringify(lookups))) versions.set(r.asset_id, r.id);
    }
    const newVersions: unknown[] = [];
    for (const i of byId) {
      const id = assetIds[i]!;
      if (versions.has(id)) continue;
      versions.set(id, -1);
      const o = i * ASSET_FIELDS;
      newVersions.push(id, hashes[i], a[o + 3], a[o + 4], a[o + 5], a[o + 6], a[o + 7], a[o + 8], a[o + 9]);
    }
    if (newVersions.length > 0) {
      for (const r of this.#insertVersions.all<{ id: number; asset_id: number }>(newVersions, 9))
        versions.set(r.asset_id, r.id);
    }
    const scanAssets: number[] = [];
    for (const i of byId) scanAssets.push(assetIds[i]!, versions.get(assetIds[i]!)!);
    this.#insertScanAssets.run(scanAssets, 2);

    // Results, by asset id: an asset's results are consecutive in the group.
    const res = group.results;
    const first = new Int32Array(n + 1).fill(-1);
    for (let k = res.length - RESULT_FIELDS; k >= 0; k -= RESULT_FIELDS) first[res[k]!] = k;
    const results: number[] = [];
    for (const i of byId) {
      for (let k = first[i]!; k >= 0 && k < res.length && res[k] === i; k += RESULT_FIELDS)
        results.push(assetIds[i]!, this.#ruleSeqs[res[k + 1]!]!, res[k + 2]!);
    }
    this.#insertResults.run(results, 3);

    // Findings, by finding id.
    const f = group.findings;
    const findingIds: string[] = [];
    for (let k = 0; k < f.length; k += FINDING_FIELDS) findingIds.push(f[k + 2] as string);
    const findings: unknown[] = [];
    for (const j of orderOf(findingIds)) {
      const k = j * FINDING_FIELDS;
      findings.push(
        f[k + 2], // finding id
        assetIds[f[k] as number],
        this.#ruleSeqs[f[k + 1] as number],
        f[k + 3],
        f[k + 4],
        f[k + 5],
        f[k + 6],
        f[k + 7],
        f[k + 8],
        f[k + 9],
        f[k + 10] === null ? null : this.#riskIds[f[k + 10] as number],
      );
    }
    this.#insertFindings.run(findings, 11);
  }

  /**
   * Commit the rows, then, in one transaction, apply the scan to the findings (detected, resolved,
   * removed, reopened, muted: sqlite-lifecycle.ts) and record the scan's outcome.
   */
  finish(
    assessment: string,
    status: 'complete' | 'partial',
    finishedAt: string,
    lifecycle: FinishLifecycle,
  ): void {
    this.commit();
    const db = this.#db;
    const { seq, startedAt } = this.#scan;
    db.transaction(() => {
      applyScan(db, { seq, at: startedAt, ...lifecycle });
      if (lifecycle.suppressions !== undefined)
        syncSuppressions(db, lifecycle.suppressions, startedAt, `scan ${lifecycle.scanId}`);
      db.prepare('UPDATE scans SET status = ?, finished_at = ?, assessment = ? WHERE seq = ?').run(
        status,
        finishedAt,
        assessment,
        seq,
      );
    })();
  }

  /** Discard this scan's rows (unwritten and written) and mark it failed. */
  abort(reason: string, finishedAt: string): void {
    const db = this.#db;
    if (db.inTransaction) db.exec('ROLLBACK');
    this.#group = emptyGroup();
    this.#uncommitted = 0;
    const seq = this.#scan.seq;
    db.transaction(() => {
      for (const table of ['results', 'scan_findings', 'scan_assets'])
        db.prepare(`DELETE FROM ${table} WHERE scan_seq = ?`).run(seq);
      db.prepare(
        'UPDATE scans SET status = ?, finished_at = ?, options = json_set(options, ?, ?) WHERE seq = ?',
      ).run('failed', finishedAt, '$.failure', reason, seq);
    })();
  }
}
