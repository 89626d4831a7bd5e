/**
 * The findings lifecycle in SQL (docs/lifecycle.md): what a finished scan changes (detected, resolved,
 * removed, reopened), what suppressions change (muted, unmuted, expired), each change recorded as a
 * finding event; and the clean-up of scans a killed process left `running`. Callers run these inside
 * the transaction that records the scan's outcome, so history moves all at once or not at all.
 */
import type Database from 'better-sqlite3';
import type { CoverageDeclaration } from '../engine/coverage-index.js';
import { coversResource } from '../lifecycle/coverage.js';
import { suppressionFor, type Suppression } from '../lifecycle/suppressions.js';

/** States a finding can be in. `open` and `reopened` are the open ones. */
export const FINDING_STATES = ['open', 'reopened', 'resolved', 'removed', 'muted'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

/** The suppressions last applied (the suppression file's entries as the store last saw them). */
export function storedSuppressions(db: Database.Database): Suppression[] {
  return db
    .prepare<[], { body: string }>('SELECT body FROM suppressions ORDER BY rowid')
    .all()
    .map((r) => JSON.parse(r.body) as Suppression);
}

export interface ScanLifecycle {
  seq: number;
  scanId: string;
  /** The scan's time: changes it makes happen at this time. */
  at: string;
  /** Scopes the scan's sources recorded completely (Assessment.coverage.declared). */
  declared: readonly CoverageDeclaration[];
  /**
   * The suppression file's entries, to mute what the scan found; undefined when there is no file,
   * and then the suppressions last applied stay in force.
   */
  suppressions?: readonly Suppression[] | undefined;
}

const OPEN_LIKE = `('open', 'reopened', 'muted')`;

/**
 * Apply a finished scan to the findings. Resolved: the resource was assessed again by the rule and
 * passed (or no longer applied). Removed: the resource is missing from this scan in a scope the scan's
 * sources declared complete. Detected / reopened: a failing or undecided result. Then suppressions.
 */
export function applyScan(db: Database.Database, s: ScanLifecycle): void {
  const actor = `scan ${s.scanId}`;
  const p = { at: s.at, seq: s.seq, actor };
  // Fixed: passes of earlier findings (a failing result is never also a pass, so order is free).
  const passed = `state IN ${OPEN_LIKE} AND EXISTS (SELECT 1 FROM results res
      WHERE res.scan_seq = @seq AND res.asset_id = findings.asset_id AND res.rule_seq = findings.rule_seq
        AND res.status IN (0, 3))`;
  db.prepare(
    `INSERT INTO finding_events (finding_id, at, kind, state, scan_seq, actor)
     SELECT id, @at, 'resolved', 'resolved', @seq, @actor FROM findings WHERE ${passed}`,
  ).run(p);
  db.prepare(
    `UPDATE findings SET state = 'resolved', resolved_at = @at, muted_by = NULL, muted_kind = NULL WHERE ${passed}`,
  ).run({ at: s.at, seq: s.seq });

  // Removed: only inside what the scan's sources declared they record completely.
  if (s.declared.length > 0) {
    const absent = db
      .prepare<
        { seq: number },
        { id: string; provider: string; type: string; account: string; region: string }
      >(
        `SELECT f.id, a.provider, a.type, v.account, v.region
         FROM findings f
         JOIN assets a ON a.id = f.asset_id
         JOIN scan_assets sa ON sa.scan_seq = f.last_scan AND sa.asset_id = f.asset_id
         JOIN asset_versions v ON v.id = sa.version_id
         WHERE f.state IN ${OPEN_LIKE}
           AND NOT EXISTS (SELECT 1 FROM scan_assets x WHERE x.scan_seq = @seq AND x.asset_id = f.asset_id)`,
      )
      .all({ seq: s.seq });
    const event = db.prepare(
      `INSERT INTO finding_events (finding_id, at, kind, state, scan_seq, actor, detail)
       VALUES (?, ?, 'removed', 'removed', ?, ?, ?)`,
    );
    const update = db.prepare(
      `UPDATE findings SET state = 'removed', resolved_at = ?, removed_at = ?, muted_by = NULL, muted_kind = NULL
       WHERE id = ?`,
    );
    for (const f of absent) {
      if (!coversResource(s.declared, f)) continue;
      event.run(
        f.id,
        s.at,
        s.seq,
        actor,
        JSON.stringify({ reason: 'resource not found in a fully recorded scope' }),
      );
      update.run(s.at, s.at, f.id);
    }
  }

  // Detected for the first time, or again after being resolved or removed.
  db.prepare(
    `INSERT INTO finding_events (finding_id, at, kind, state, scan_seq, actor)
     SELECT sf.finding_id, @at, CASE WHEN f.id IS NULL THEN 'detected' ELSE 'reopened' END,
            CASE WHEN f.id IS NULL THEN 'open' ELSE 'reopened' END, @seq, @actor
     FROM scan_findings sf LEFT JOIN findings f ON f.id = sf.finding_id
     WHERE sf.scan_seq = @seq AND (f.id IS NULL OR f.state IN ('resolved', 'removed'))
     ORDER BY sf.finding_id`,
  ).run(p);
  db.prepare(
    `INSERT INTO findings (id, rule_id, rule_seq, asset_id, first_seen, last_seen, first_scan, last_scan, status, state,
                           severity, message, evidence, risk_score, risk, risk_profile)
     SELECT sf.finding_id, r.id, sf.rule_seq, sf.asset_id, @at, @at, @seq, @seq, sf.status, 'open',
            sf.severity, sf.message, sf.evidence, sf.risk_score, sf.risk, sf.risk_profile
     FROM scan_findings sf JOIN rules r ON r.seq = sf.rule_seq
     WHERE sf.scan_seq = @seq
     ON CONFLICT (id) DO UPDATE SET
       last_seen = excluded.last_seen, last_scan = excluded.last_scan, status = excluded.status,
       severity = excluded.severity, message = excluded.message, evidence = excluded.evidence,
       risk_score = excluded.risk_score, risk = excluded.risk, risk_profile = excluded.risk_profile,
       reopened_count = findings.reopened_count + (findings.state IN ('resolved', 'removed')),
       resolved_at = CASE WHEN findings.state IN ('resolved', 'removed') THEN NULL ELSE findings.resolved_at END,
       removed_at = NULL,
       state = CASE WHEN findings.state IN ('resolved', 'removed') THEN 'reopened' ELSE findings.state END`,
  ).run({ at: s.at, seq: s.seq });

  applySuppressions(db, s.suppressions ?? storedSuppressions(db), new Date(s.at), { scanSeq: s.seq });
}

interface SubjectRow {
  id: string;
  state: string;
  muted_by: string | null;
  rule_id: string;
  severity: string;
  uid: string;
  type: string;
  account: string;
  region: string;
  name: string;
  tags: string;
}

/**
 * Bring muting in line with `suppressions` at `now`: open findings a suppression in force matches are
 * muted; muted findings whose suppression expired reopen (the event dated at the expiry), and those
 * whose suppression was removed or no longer matches are unmuted (open again). Returns the counts.
 */
export function applySuppressions(
  db: Database.Database,
  suppressions: readonly Suppression[],
  now: Date,
  options: { scanSeq?: number; actor?: string } = {},
): { muted: number; unmuted: number; expired: number } {
  const counts = { muted: 0, unmuted: 0, expired: 0 };
  const anyMuted = db.prepare("SELECT 1 FROM findings WHERE state = 'muted' LIMIT 1").get() !== undefined;
  if (suppressions.length === 0 && !anyMuted) return counts;
  const byId = new Map(suppressions.map((s) => [s.id, s]));
  const rows = db
    .prepare<[], SubjectRow>(
      `SELECT f.id, f.state, f.muted_by, f.rule_id, f.severity, a.uid, a.type, v.account, v.region, v.name, v.tags
       FROM findings f
       JOIN assets a ON a.id = f.asset_id
       JOIN scan_assets sa ON sa.scan_seq = f.last_scan AND sa.asset_id = f.asset_id
       JOIN asset_versions v ON v.id = sa.version_id
       WHERE f.state IN ${suppressions.length === 0 ? "('muted')" : OPEN_LIKE}
       ORDER BY f.id`,
    )
    .all();
  const event = db.prepare(
    `INSERT INTO finding_events (finding_id, at, kind, state, scan_seq, actor, detail) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const mute = db.prepare("UPDATE findings SET state = 'muted', muted_by = ?, muted_kind = ? WHERE id = ?");
  const unmute = db.prepare(
    `UPDATE findings SET state = ?, muted_by = NULL, muted_kind = NULL,
       reopened_count = reopened_count + ? WHERE id = ?`,
  );
  const scanSeq = options.scanSeq ?? null;
  const at = now.toISOString();
  for (const r of rows) {
    const subject = {
      ruleId: r.rule_id,
      severity: r.severity,
      resource: {
        uid: r.uid,
        type: r.type,
        account: r.account,
        region: r.region,
        name: r.name,
        tags: JSON.parse(r.tags) as Record<string, string>,
      },
    };
    const s = suppressionFor(suppressions, subject, now);
    if (r.state === 'muted') {
      if (s !== undefined && s.id === r.muted_by) continue;
      const previous = r.muted_by === null ? undefined : byId.get(r.muted_by);
      if (s === undefined) {
        const expiredAt = previous?.expires;
        if (expiredAt !== undefined && new Date(expiredAt).getTime() <= now.getTime()) {
          event.run(
            r.id,
            expiredAt,
            'expired',
            'reopened',
            scanSeq,
            `suppression ${previous!.id}`,
            JSON.stringify({ suppression: previous!.id, expires: expiredAt }),
          );
          unmute.run('reopened', 1, r.id);
          counts.expired++;
        } else {
          event.run(
            r.id,
            at,
            'unmuted',
            'open',
            scanSeq,
            options.actor ?? `suppression ${r.muted_by ?? '?'}`,
            JSON.stringify({
              suppression: r.muted_by,
              reason: previous === undefined ? 'suppression removed' : 'suppression no longer matches',
            }),
          );
          unmute.run('open', 0, r.id);
          counts.unmuted++;
        }
        continue;
      }
    }
    if (s === undefined) continue;
    event.run(
      r.id,
      at,
      'muted',
      'muted',
      scanSeq,
      `suppression ${s.id}`,
      JSON.stringify({ suppression: s.id, kind: s.kind, owner: s.owner, reason: s.reason }),
    );
    mute.run(s.id, s.kind, r.id);
    counts.muted++;
  }
  return counts;
}

/**
 * Record the suppression file's entries in the store, writing an audit entry for each one added,
 * changed or removed since the store last saw the file (so hand edits are audited too).
 */
export function syncSuppressions(
  db: Database.Database,
  suppressions: readonly Suppression[],
  at: string,
  actor: string,
): number {
  const stored = new Map(
    db
      .prepare<[], { id: string; body: string }>('SELECT id, body FROM suppressions')
      .all()
      .map((r) => [r.id, r.body]),
  );
  const audit = db.prepare(
    'INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)',
  );
  let changes = 0;
  for (const s of suppressions) {
    const body = JSON.stringify(s);
    const before = stored.get(s.id);
    stored.delete(s.id);
    if (before === body) continue;
    db.prepare(
      'INSERT INTO suppressions (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body',
    ).run(s.id, body);
    audit.run(
      at,
      actor,
      before === undefined ? 'suppression.add' : 'suppression.change',
      `suppression ${s.id}`,
      before === undefined ? body : JSON.stringify({ before: JSON.parse(before) as unknown, after: s }),
    );
    changes++;
  }
  for (const [id, body] of stored) {
    db.prepare('DELETE FROM suppressions WHERE id = ?').run(id);
    audit.run(at, actor, 'suppression.remove', `suppression ${id}`, body);
    changes++;
  }
  return changes;
}

/** True when a process with this id runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Scans left `running` by a process that no longer exists (killed, crashed, power lost) are marked
 * `failed` and their rows removed; findings never saw them. Returns the ids of the scans cleaned.
 */
export function recoverInterruptedScans(db: Database.Database, host: string, at: string): string[] {
  const running = db
    .prepare<[], { seq: number; id: string; options: string }>(
      "SELECT seq, id, options FROM scans WHERE status = 'running'",
    )
    .all();
  const cleaned: string[] = [];
  for (const scan of running) {
    const writer = (JSON.parse(scan.options) as { writer?: { pid?: number; host?: string } }).writer;
    // Scans of another machine (a shared file) or of a live process are left alone.
    if (writer?.host !== undefined && writer.host !== host) continue;
    if (writer?.pid !== undefined && alive(writer.pid)) continue;
    db.transaction(() => {
      for (const table of ['results', 'scan_findings', 'scan_assets'])
        db.prepare(`DELETE FROM ${table} WHERE scan_seq = ?`).run(scan.seq);
      db.prepare(
        "UPDATE scans SET status = 'failed', finished_at = ?, options = json_set(options, '$.failure', ?) WHERE seq = ?",
      ).run(at, 'interrupted: the process recording this scan stopped before it finished', scan.seq);
      db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)').run(
        at,
        'parapet',
        'scan.interrupted',
        `scan ${scan.id}`,
        JSON.stringify({ pid: writer?.pid }),
      );
    })();
    cleaned.push(scan.id);
  }
  return cleaned;
}
