/**
 * The embedded store: one SQLite file (better-sqlite3) per user, WAL mode. Each batch of a scan is one
 * transaction; findings are only touched in `finish`, in one transaction with the scan's status, so
 * an interrupted or failed scan leaves the stored history exactly as it was.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AssessedAsset, Assessment } from '../engine/assess.js';
import { StoreError } from '../model/errors.js';
import type { ResultStatus } from '../model/result.js';
import { isSeverity, severityRank, type Severity } from '../model/severity.js';
import { findingId } from '../engine/finding-id.js';
import { MIGRATIONS } from './sqlite-schema.js';
import type { ScanRecord, ScanStatus, ScanWriter, Store, StoredResult } from './types.js';

const STATUS_CODE: Record<ResultStatus, number> = { pass: 0, fail: 1, error: 2, not_applicable: 3 };

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

/** Open (creating and migrating as needed) the SQLite store at `path`. */
export function openSqliteStore(path: string): SqliteStore {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    migrate(db);
    return new SqliteStore(db);
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
  readonly #ruleSeq = new Map<string, number>();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  #rule(id: string): number {
    let seq = this.#ruleSeq.get(id);
    if (seq === undefined) {
      this.#db.prepare('INSERT OR IGNORE INTO rules (id) VALUES (?)').run(id);
      seq = (this.#db.prepare('SELECT seq FROM rules WHERE id = ?').get(id) as { seq: number }).seq;
      this.#ruleSeq.set(id, seq);
    }
    return seq;
  }

  beginScan(scan: {
    id: string;
    startedAt: string;
    sources: string[];
    options: Record<string, unknown>;
  }): Promise<ScanWriter> {
    const db = this.#db;
    const info = db
      .prepare('INSERT INTO scans (id, started_at, status, sources, options) VALUES (?, ?, ?, ?, ?)')
      .run(scan.id, scan.startedAt, 'running', JSON.stringify(scan.sources), JSON.stringify(scan.options));
    const seq = Number(info.lastInsertRowid);
    const selectAsset = db.prepare<[string], { id: number }>('SELECT id FROM assets WHERE uid = ?');
    const insertAsset = db.prepare(
      'INSERT INTO assets (uid, provider, type, first_seen, first_scan) VALUES (?, ?, ?, ?, ?)',
    );
    const selectVersion = db.prepare<[number, string], { id: number }>(
      'SELECT id FROM asset_versions WHERE asset_id = ? AND hash = ?',
    );
    const insertVersion = db.prepare(
      'INSERT INTO asset_versions (asset_id, hash, account, region, name, tags, context, source, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertScanAsset = db.prepare(
      'INSERT OR IGNORE INTO scan_assets (scan_seq, asset_id, version_id) VALUES (?, ?, ?)',
    );
    const insertResult = db.prepare(
      'INSERT OR IGNORE INTO results (scan_seq, asset_id, rule_seq, status) VALUES (?, ?, ?, ?)',
    );
    const insertFinding = db.prepare(
      `INSERT OR IGNORE INTO scan_findings
       (scan_seq, finding_id, asset_id, rule_seq, status, severity, severity_rank, message, evidence, unknown, risk_score, risk)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const writeBatch = db.transaction((batch: AssessedAsset[]) => {
      for (const { asset, results } of batch) {
        let assetId = selectAsset.get(asset.uid)?.id;
        if (assetId === undefined) {
          assetId = Number(
            insertAsset.run(asset.uid, asset.provider, asset.type, scan.startedAt, seq).lastInsertRowid,
          );
        }
        const tags = JSON.stringify(asset.tags);
        const context = JSON.stringify(asset.context);
        const source = JSON.stringify(asset.source);
        const body = JSON.stringify({
          config: asset.config,
          relations: asset.relations,
          capturedAt: asset.capturedAt,
        });
        const hash = createHash('sha1')
          .update(asset.type)
          .update('\0')
          .update(asset.account)
          .update('\0')
          .update(asset.region)
          .update('\0')
          .update(asset.name)
          .update('\0')
          .update(tags)
          .update('\0')
          .update(body)
          .digest('hex');
        let versionId = selectVersion.get(assetId, hash)?.id;
        if (versionId === undefined) {
          versionId = Number(
            insertVersion.run(
              assetId,
              hash,
              asset.account,
              asset.region,
              asset.name,
              tags,
              context,
              source,
              body,
            ).lastInsertRowid,
          );
        }
        insertScanAsset.run(seq, assetId, versionId);
        for (const r of results) {
          const ruleSeq = this.#rule(r.ruleId);
          insertResult.run(seq, assetId, ruleSeq, STATUS_CODE[r.status]);
          if (r.findingId !== undefined) {
            insertFinding.run(
              seq,
              r.findingId,
              assetId,
              ruleSeq,
              r.status,
              r.severity,
              severityRank(r.severity),
              r.message,
              r.evidence === undefined ? null : JSON.stringify(r.evidence),
              r.unknown === undefined ? null : JSON.stringify(r.unknown),
              r.risk?.score ?? null,
              r.risk === undefined ? null : JSON.stringify(r.risk.factors),
            );
          }
        }
      }
    });
    const finish = db.transaction((assessment: Assessment, finishedAt: string): void => {
      db.prepare(
        `INSERT INTO findings (id, rule_id, rule_seq, asset_id, first_seen, last_seen, first_scan, last_scan, status, state,
                               severity, message, evidence, risk_score, risk)
         SELECT sf.finding_id, r.id, sf.rule_seq, sf.asset_id, @at, @at, @seq, @seq, sf.status, 'open',
                sf.severity, sf.message, sf.evidence, sf.risk_score, sf.risk
         FROM scan_findings sf JOIN rules r ON r.seq = sf.rule_seq
         WHERE sf.scan_seq = @seq
         ON CONFLICT (id) DO UPDATE SET
           last_seen = excluded.last_seen, last_scan = excluded.last_scan, status = excluded.status,
           severity = excluded.severity, message = excluded.message, evidence = excluded.evidence,
           risk_score = excluded.risk_score, risk = excluded.risk,
           reopened_count = findings.reopened_count + (findings.state = 'resolved'),
           resolved_at = CASE WHEN findings.state = 'resolved' THEN NULL ELSE findings.resolved_at END,
           state = CASE WHEN findings.state = 'resolved' THEN 'reopened' ELSE findings.state END`,
      ).run({ at: scan.startedAt, seq });
      // A finding is resolved only when its resource was assessed again by the rule and passed.
      db.prepare(
        `UPDATE findings SET state = 'resolved', resolved_at = @at
         WHERE state IN ('open', 'reopened') AND last_scan < @seq
           AND EXISTS (SELECT 1 FROM results res
                       WHERE res.scan_seq = @seq AND res.asset_id = findings.asset_id AND res.rule_seq = findings.rule_seq
                         AND res.status IN (0, 3))`,
      ).run({ at: scan.startedAt, seq });
      db.prepare('UPDATE scans SET status = ?, finished_at = ?, assessment = ? WHERE seq = ?').run(
        assessment.coverage.complete ? 'complete' : 'partial',
        finishedAt,
        JSON.stringify(assessment),
        seq,
      );
    });
    const abort = db.transaction((reason: string, finishedAt: string): void => {
      for (const table of ['results', 'scan_findings', 'scan_assets'])
        db.prepare(`DELETE FROM ${table} WHERE scan_seq = ?`).run(seq);
      db.prepare(
        'UPDATE scans SET status = ?, finished_at = ?, options = json_set(options, ?, ?) WHERE seq = ?',
      ).run('failed', finishedAt, '$.failure', reason, seq);
    });
    const writer: ScanWriter = {
      scanId: scan.id,
      write: (batch) => {
        writeBatch(batch);
        return Promise.resolve();
      },
      finish: async (assessment, finishedAt) => {
        finish(assessment, finishedAt);
        const rec = await this.getScan(scan.id);
        if (!rec) throw new StoreError(`scan ${scan.id} disappeared from the store`);
        return rec;
      },
      abort: (reason, finishedAt) => {
        abort(reason, finishedAt);
        return Promise.resolve();
      },
    };
    return Promise.resolve(writer);
  }

  getScan(id: string): Promise<ScanRecord | undefined> {
    const row = this.#db.prepare<[string], ScanRow>('SELECT * FROM scans WHERE id = ?').get(id);
    return Promise.resolve(row ? toRecord(row) : undefined);
  }

  latestScan(): Promise<ScanRecord | undefined> {
    const row = this.#db
      .prepare<[], ScanRow>(
        "SELECT * FROM scans WHERE status IN ('complete', 'partial') ORDER BY seq DESC LIMIT 1",
      )
      .get();
    return Promise.resolve(row ? toRecord(row) : undefined);
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
                sf.risk_score, sf.risk, a.uid, a.provider, a.type, v.account, v.region, v.name, v.tags, v.context, v.source,
                f.first_seen, f.last_seen, f.state
         FROM scan_findings sf
         JOIN rules r ON r.seq = sf.rule_seq
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

  close(): Promise<void> {
    this.#db.close();
    return Promise.resolve();
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
