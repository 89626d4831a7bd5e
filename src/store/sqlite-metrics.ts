/**
 * The stored history metrics are computed from (lifecycle/metrics.ts): findings, every finding event,
 * detections with the provider's change time of the configuration detected and the first scan that
 * saw it, and each scan's coverage and per-rule results.
 */
import type Database from 'better-sqlite3';
import type { Assessment } from '../engine/assess.js';
import type { Detection, MetricsEvent, MetricsFinding, MetricsScan } from '../lifecycle/metrics.js';
import { isSeverity } from '../model/severity.js';

export interface MetricsHistory {
  findings: Map<string, MetricsFinding>;
  events: MetricsEvent[];
  detections: Detection[];
  scans: MetricsScan[];
}

/** Read the history up to `to` (ISO time). */
export function metricsHistory(db: Database.Database, to: string): MetricsHistory {
  const findings = new Map<string, MetricsFinding>();
  for (const r of db
    .prepare<[], { id: string; rule_id: string; severity: string; uid: string }>(
      'SELECT f.id, f.rule_id, f.severity, a.uid FROM findings f JOIN assets a ON a.id = f.asset_id',
    )
    .iterate())
    findings.set(r.id, {
      id: r.id,
      ruleId: r.rule_id,
      severity: isSeverity(r.severity) ? r.severity : 'info',
      uid: r.uid,
    });

  const events: MetricsEvent[] = db
    .prepare<
      [string],
      {
        finding_id: string;
        at: string;
        kind: string;
        state: string;
        scan: string | null;
        muted_kind: string | null;
      }
    >(
      `SELECT e.finding_id, e.at, e.kind, e.state, s.id AS scan,
              CASE WHEN e.kind = 'muted' THEN json_extract(e.detail, '$.kind') END AS muted_kind
       FROM finding_events e LEFT JOIN scans s ON s.seq = e.scan_seq
       WHERE e.at <= ? ORDER BY e.at, e.id`,
    )
    .all(to)
    .map((r) => {
      const e: MetricsEvent = { findingId: r.finding_id, at: r.at, kind: r.kind, state: r.state };
      if (r.scan !== null) e.scan = r.scan;
      if (r.muted_kind !== null) e.mutedKind = r.muted_kind;
      return e;
    });

  // A detection: the asset version the scan saw, its provider change time, and the first scan that saw it.
  const detections: Detection[] = db
    .prepare<[string], { finding_id: string; at: string; changed_at: string | null; first_seen_at: string }>(
      `SELECT e.finding_id, e.at, json_extract(v.body, '$.capturedAt') AS changed_at,
              (SELECT min(s2.started_at) FROM scan_assets x JOIN scans s2 ON s2.seq = x.scan_seq
               WHERE x.version_id = sa.version_id AND s2.status IN ('complete', 'partial')) AS first_seen_at
       FROM finding_events e
       JOIN findings f ON f.id = e.finding_id
       JOIN scan_assets sa ON sa.scan_seq = e.scan_seq AND sa.asset_id = f.asset_id
       JOIN asset_versions v ON v.id = sa.version_id
       WHERE e.kind IN ('detected', 'reopened') AND e.scan_seq IS NOT NULL AND e.at <= ?
       ORDER BY e.at, e.id`,
    )
    .all(to)
    .map((r) => {
      const d: Detection = { findingId: r.finding_id, at: r.at, firstSeenAt: r.first_seen_at ?? r.at };
      if (typeof r.changed_at === 'string' && !Number.isNaN(Date.parse(r.changed_at)))
        d.changedAt = new Date(r.changed_at).toISOString();
      return d;
    });

  const ruleResults = db.prepare<[number], { rule_id: string; status: number; n: number }>(
    `SELECT r.id AS rule_id, res.status, count(*) AS n FROM results res JOIN rules r ON r.seq = res.rule_seq
     WHERE res.scan_seq = ? AND res.status IN (0, 1) GROUP BY r.id, res.status`,
  );
  // Only failing results of findings ever muted matter for the score's adjustments.
  const failing = db.prepare<[number], { finding_id: string }>(
    `SELECT sf.finding_id FROM scan_findings sf
     WHERE sf.scan_seq = ? AND sf.status = 'fail'
       AND EXISTS (SELECT 1 FROM finding_events e WHERE e.finding_id = sf.finding_id AND e.kind = 'muted')`,
  );
  const scans: MetricsScan[] = db
    .prepare<[string], { seq: number; id: string; started_at: string; assessment: string | null }>(
      "SELECT seq, id, started_at, assessment FROM scans WHERE status IN ('complete', 'partial') AND started_at <= ? ORDER BY started_at, seq",
    )
    .all(to)
    .map((s) => {
      const a = s.assessment === null ? undefined : (JSON.parse(s.assessment) as Assessment);
      const results: MetricsScan['ruleResults'] = {};
      for (const r of ruleResults.all(s.seq)) {
        const x = (results[r.rule_id] ??= { pass: 0, fail: 0 });
        if (r.status === 0) x.pass += r.n;
        else x.fail += r.n;
      }
      return {
        id: s.id,
        at: s.started_at,
        scopes: a?.coverage.scopes ?? [],
        assetTypes: a?.coverage.assetTypes ?? {},
        unsupportedTypes: a?.coverage.unsupportedTypes ?? {},
        ruleResults: results,
        failing: new Set(failing.all(s.seq).map((r) => r.finding_id)),
      };
    });
  return { findings, events, detections, scans };
}
