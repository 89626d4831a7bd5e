/**
 * The embedded store: one SQLite file (better-sqlite3) per user, WAL mode. A scan's rows are written
 * in transactions of many batches (sqlite-writer.ts), optionally on a thread of their own
 * (sqlite-worker.ts); findings are only touched in `finish`, in one transaction with the scan's
 * status, so an interrupted or failed scan leaves the stored history exactly as it was.
 */
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import type { Assessment } from '../engine/assess.js';
import { StoreError } from '../model/errors.js';
import type { ResultStatus } from '../model/result.js';
import { isSeverity, type Severity } from '../model/severity.js';
import { findingId } from '../engine/finding-id.js';
import { connect } from './sqlite-connect.js';
import { outcomeOf, RowEncoder } from './sqlite-rows.js';
import {
  applySuppressions,
  recoverInterruptedScans,
  storedSuppressions,
  syncSuppressions,
} from './sqlite-lifecycle.js';
import {
  auditLog,
  findingEvents,
  findingIdsStartingWith,
  listFindings,
  type AuditEntry,
  type FindingEvent,
  type FindingFilter,
  type StoredFinding,
} from './sqlite-findings.js';
import type { Suppression } from '../lifecycle/suppressions.js';
import { MIGRATIONS } from './sqlite-schema.js';
import { WorkerScanWriter } from './sqlite-worker-client.js';
import { ScanTableWriter, type WriterOptions } from './sqlite-writer.js';
import type {
  BeginScan,
  MutedCounts,
  ScanRecord,
  ScanStatus,
  ScanWriter,
  Store,
  StoredResult,
} from './types.js';

interface ScanRow {
  seq: number;
  id: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  sources: string;
  options: string;
  assessment: string | null;
}

interface ResultRow {
  finding_id: string;
  rule_id: string;
  status: string;
  severity: string;
  message: string;
  evidence: string | null;
  unknown: string | null;
  risk_score: number | null;
  risk: string | null;
  uid: string;
  provider: string;
  type: string;
  account: string;
  region: string;
  name: string;
  tags: string;
  context: string;
  source: string;
  first_seen: string | null;
  last_seen: string | null;
  state: string | null;
}

export interface SqliteStoreOptions {
  /**
   * Where a scan's rows are written: `inline` on the caller's thread, or `worker` on a thread of
   * their own, so storing overlaps assessing (two cores instead of one). A `:memory:` store is
   * always written inline.
   */
  writer?: 'inline' | 'worker';
  /** How a scan's rows are grouped into writes and transactions (see ScanTableWriter). */
  groupSize?: number;
  commitEvery?: number;
}

/** Open (creating and migrating as needed) the SQLite store at `path`. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = connect(path);
    migrate(db);
    recoverInterruptedScans(db, hostname(), new Date().toISOString());
    return new SqliteStore(db, path, options);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open the store at ${path}: ${(e as Error).message}`, { cause: e });
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new StoreError(
      `the store was written by a newer Parapet (schema ${version}, this version knows ${MIGRATIONS.length}); upgrade Parapet`,
    );
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  return JSON.parse(text) as T;
}

function toRecord(row: ScanRow): ScanRecord {
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at ?? undefined,
    status: row.status as ScanStatus,
    sources: parseJson<string[]>(row.sources, []),
    assessment: parseJson<Assessment | undefined>(row.assessment, undefined),
    options: parseJson<Record<string, unknown>>(row.options, {}),
  };
}

export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #path: string;
  readonly #options: SqliteStoreOptions;
  /** Writer threads of scans in progress, stopped by close(). */
  readonly #workers = new Set<WorkerScanWriter>();

  constructor(db: Database.Database, path: string, options: SqliteStoreOptions = {}) {
    this.#db = db;
    this.#path = path;
    this.#options = options;
  }

  beginScan(scan: BeginScan): Promise<ScanWriter> {
    const db = this.#db;
    // Who records the scan: if that process dies before finishing, the next open cleans it up.
    const options = { ...scan.options, writer: { pid: process.pid, host: hostname() } };
    const info = db
      .prepare('INSERT INTO scans (id, started_at, status, sources, options) VALUES (?, ?, ?, ?, ?)')
      .run(scan.id, scan.startedAt, 'running', JSON.stringify(scan.sources), JSON.stringify(options));
    const ref = { seq: Number(info.lastInsertRowid), startedAt: scan.startedAt };
    const { groupSize, commitEvery } = this.#options;
    const writerOptions: WriterOptions = {};
    if (groupSize !== undefined) writerOptions.groupSize = groupSize;
    if (commitEvery !== undefined) writerOptions.commitEvery = commitEvery;
    const record = async () => {
      const rec = await this.getScan(scan.id);
      if (!rec) throw new StoreError(`scan ${scan.id} disappeared from the store`);
      return rec;
    };
    if (this.#options.writer === 'worker' && this.#path !== ':memory:') {
      const worker = new WorkerScanWriter(
        scan.id,
        { path: this.#path, scan: ref, options: writerOptions },
        record,
        scan.suppressions,
      );
      this.#workers.add(worker);
      worker.closed.finally(() => this.#workers.delete(worker)).catch(() => undefined);
      return Promise.resolve(worker);
    }
    const encoder = new RowEncoder();
    const tables = new ScanTableWriter(db, ref, writerOptions);
    const writer: ScanWriter = {
      scanId: scan.id,
      write: (batch) => {
        tables.write(encoder.encode(batch));
        return Promise.resolve();
      },
      finish: async (assessment, finishedAt) => {
        tables.finish(JSON.stringify(assessment), outcomeOf(assessment), finishedAt, {
          scanId: scan.id,
          declared: assessment.coverage.declared ?? [],
          suppressions: scan.suppressions,
        });
        return record();
      },
      abort: (reason, finishedAt) => {
        tables.abort(reason, finishedAt);
        return Promise.resolve();
      },
    };
    return Promise.resolve(writer);
  }

  getScan(id: string): Promise<ScanRecord | undefined> {
    const row = this.#db.prepare<[string], ScanRow>('SELECT * FROM scans WHERE id = ?').get(id);
    return Promise.resolve(row ? toRecord(row) : undefined);
  }

  latestScan(options: { at?: string } = {}): Promise<ScanRecord | undefined> {
    const row = this.#db
      .prepare<{ at: string | null }, ScanRow>(
        `SELECT * FROM scans WHERE status IN ('complete', 'partial')
           AND (@at IS NULL OR started_at <= @at) ORDER BY seq DESC LIMIT 1`,
      )
      .get({ at: options.at ?? null });
    return Promise.resolve(row ? toRecord(row) : undefined);
  }

  mutedCounts(scanId: string): Promise<MutedCounts> {
    const rows = this.#db
      .prepare<[string], { status: string; severity: string; n: number }>(
        `SELECT sf.status, sf.severity, count(*) AS n
         FROM scan_findings sf
         JOIN scans s ON s.seq = sf.scan_seq
         JOIN findings f ON f.id = sf.finding_id
         WHERE s.id = ? AND f.state = 'muted'
         GROUP BY sf.status, sf.severity`,
      )
      .all(scanId);
    const out: MutedCounts = { fail: 0, error: 0, failBySeverity: {} };
    for (const r of rows) {
      if (r.status === 'fail') {
        out.fail += r.n;
        out.failBySeverity[r.severity] = (out.failBySeverity[r.severity] ?? 0) + r.n;
      } else if (r.status === 'error') out.error += r.n;
    }
    return Promise.resolve(out);
  }

  // better-sqlite3 is synchronous; the method is async to keep the Store contract PostgreSQL shares.
  // eslint-disable-next-line @typescript-eslint/require-await
  async *scanResults(
    scanId: string,
    options: { includePassed?: boolean; severity?: Severity; limit?: number } = {},
  ): AsyncGenerator<StoredResult> {
    const scan = this.#db
      .prepare<[string], { seq: number }>('SELECT seq FROM scans WHERE id = ?')
      .get(scanId);
    if (!scan) throw new StoreError(`no scan ${scanId} in the store`);
    const where = ['sf.scan_seq = @seq'];
    if (options.severity !== undefined) where.push('sf.severity = @severity');
    const rows = this.#db
      .prepare<Record<string, unknown>, ResultRow>(
        `SELECT sf.finding_id, r.id AS rule_id, sf.status, sf.severity, sf.message, sf.evidence, sf.unknown,
                sf.risk_score, coalesce(sf.risk, rp.factors) AS risk, a.uid, a.provider, a.type, v.account, v.region,
                v.name, v.tags, v.context, v.source, f.first_seen, f.last_seen, f.state
         FROM scan_findings sf
         JOIN rules r ON r.seq = sf.rule_seq
         LEFT JOIN risk_profiles rp ON rp.id = sf.risk_profile
         JOIN assets a ON a.id = sf.asset_id
         JOIN scan_assets sa ON sa.scan_seq = sf.scan_seq AND sa.asset_id = sf.asset_id
         JOIN asset_versions v ON v.id = sa.version_id
         LEFT JOIN findings f ON f.id = sf.finding_id
         WHERE ${where.join(' AND ')}
         ORDER BY sf.status = 'error', sf.risk_score DESC, sf.severity_rank DESC, r.id, a.uid
         ${options.limit === undefined ? '' : 'LIMIT @limit'}`,
      )
      .iterate({ seq: scan.seq, severity: options.severity, limit: options.limit });
    for (const row of rows) yield fromRow(row);
    if (!options.includePassed) return;
    const passes = this.#db
      .prepare<Record<string, unknown>, Omit<ResultRow, 'finding_id'>>(
        `SELECT r.id AS rule_id, 'pass' AS status, '' AS severity, '' AS message, NULL AS evidence, NULL AS unknown,
                NULL AS risk_score, NULL AS risk, a.uid, a.provider, a.type, v.account, v.region, v.name, v.tags, v.context,
                v.source, NULL AS first_seen, NULL AS last_seen, NULL AS state
         FROM results res
         JOIN rules r ON r.seq = res.rule_seq
         JOIN assets a ON a.id = res.asset_id
         JOIN scan_assets sa ON sa.scan_seq = res.scan_seq AND sa.asset_id = res.asset_id
         JOIN asset_versions v ON v.id = sa.version_id
         WHERE res.scan_seq = @seq AND res.status = 0
         ORDER BY r.id, a.uid`,
      )
      .iterate({ seq: scan.seq });
    for (const row of passes) yield fromRow({ ...row, finding_id: findingId(row.rule_id, row.uid) });
  }

  /** Findings over time with their lifecycle state (sqlite-findings.ts). */
  findings(filter: FindingFilter = {}): Generator<StoredFinding> {
    return listFindings(this.#db, filter);
  }

  /** One finding's history, oldest first. */
  findingEvents(id: string): FindingEvent[] {
    return findingEvents(this.#db, id);
  }

  /** The full finding id for an id or a prefix of one; undefined when none or several match. */
  resolveFindingId(prefix: string): string | undefined {
    const ids = findingIdsStartingWith(this.#db, prefix);
    return ids.length === 1 ? ids[0] : undefined;
  }

  auditLog(subject?: string): AuditEntry[] {
    return auditLog(this.#db, subject);
  }

  /**
   * Record the suppression file's current entries (auditing every change by `actor`) and bring the
   * stored findings' muting in line with them at `now`, in one transaction.
   */
  applySuppressions(
    suppressions: readonly Suppression[] | undefined,
    now: Date,
    actor: string,
  ): { changes: number; muted: number; unmuted: number; expired: number } {
    return this.#db.transaction(() => {
      // No file: the suppressions last applied stay in force (their expiry still counts).
      if (suppressions === undefined)
        return { changes: 0, ...applySuppressions(this.#db, storedSuppressions(this.#db), now) };
      const changes = syncSuppressions(this.#db, suppressions, now.toISOString(), actor);
      return { changes, ...applySuppressions(this.#db, suppressions, now, { actor: `user ${actor}` }) };
    })();
  }

  /** The suppressions last applied to the store. */
  storedSuppressions(): Suppression[] {
    return storedSuppressions(this.#db);
  }

  /** The connection, for the store's own lifecycle modules (drift, metrics); not for other layers. */
  get connection(): Database.Database {
    return this.#db;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#workers].map((w) => w.stop()));
    this.#db.close();
  }
}

function fromRow(row: ResultRow): StoredResult {
  const out: StoredResult = {
    findingId: row.finding_id,
    ruleId: row.rule_id,
    status: row.status as ResultStatus,
    severity: isSeverity(row.severity) ? row.severity : 'info',
    message: row.message,
    evidence: parseJson<Record<string, unknown>>(row.evidence, {}),
    risk: row.risk_score === null ? undefined : { score: row.risk_score, factors: parseJson(row.risk, []) },
    resource: {
      uid: row.uid,
      provider: row.provider as StoredResult['resource']['provider'],
      type: row.type,
      account: row.account,
      region: row.region,
      name: row.name,
      tags: parseJson<Record<string, string>>(row.tags, {}),
      context: parseJson(row.context, {}),
      source: parseJson(row.source, { kind: 'import', format: 'unknown' }),
    },
    firstSeen: row.first_seen ?? undefined,
    lastSeen: row.last_seen ?? undefined,
    state: row.state ?? undefined,
  };
  if (row.unknown !== null) out.unknown = parseJson(row.unknown, []);
  return out;
}
