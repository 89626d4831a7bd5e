/**
 * Reading findings over time from the SQLite store: the findings with their lifecycle state and the
 * resource as last seen, filtered and ordered in SQL (a store may hold millions), one finding's event
 * history, and the audit log.
 */
import type Database from 'better-sqlite3';
import type { Provider } from '../model/asset.js';
import type { RiskFactor } from '../model/finding.js';
import { isSeverity, SEVERITIES, type Severity } from '../model/severity.js';
import type { FindingState } from './sqlite-lifecycle.js';

export interface StoredFinding {
  id: string;
  ruleId: string;
  severity: Severity;
  /** The last result: `fail`, or `error` (could not be decided). */
  status: 'fail' | 'error';
  state: FindingState;
  message: string;
  evidence: Record<string, unknown>;
  risk: { score: number; factors: RiskFactor[] } | undefined;
  resource: {
    uid: string;
    provider: Provider;
    type: string;
    account: string;
    region: string;
    name: string;
    tags: Record<string, string>;
    context: { owner?: string; environment?: string; dataClassification?: string };
    source: { file?: string; position?: string; line?: number; format: string; kind: string };
  };
  firstSeen: string;
  lastSeen: string;
  firstScan: string;
  lastScan: string;
  resolvedAt?: string;
  removedAt?: string;
  reopenedCount: number;
  suppression?: { id: string; kind: string };
}

export const FINDING_SORTS = ['risk', 'severity', 'first-seen', 'last-seen', 'rule', 'resource'] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

export interface FindingFilter {
  states?: readonly FindingState[];
  severities?: readonly Severity[];
  rules?: readonly string[];
  accounts?: readonly string[];
  owners?: readonly string[];
  /** Only findings first seen at or after this time. */
  since?: string;
  ids?: readonly string[];
  sort?: FindingSort;
  limit?: number;
}

interface Row {
  id: string;
  rule_id: string;
  severity: string;
  status: string;
  state: string;
  message: string;
  evidence: string | null;
  risk_score: number | null;
  risk: string | null;
  first_seen: string;
  last_seen: string;
  first_scan_id: string;
  last_scan_id: string;
  resolved_at: string | null;
  removed_at: string | null;
  reopened_count: number;
  muted_by: string | null;
  muted_kind: string | null;
  uid: string;
  provider: string;
  type: string;
  account: string;
  region: string;
  name: string;
  tags: string;
  context: string;
  source: string;
}

const SEVERITY_RANK = `CASE f.severity ${SEVERITIES.map((s, i) => `WHEN '${s}' THEN ${SEVERITIES.length - i}`).join(' ')} ELSE 0 END`;

const ORDER: Record<FindingSort, string> = {
  risk: `coalesce(f.risk_score, 0) DESC, ${SEVERITY_RANK} DESC, f.rule_id, a.uid`,
  severity: `${SEVERITY_RANK} DESC, coalesce(f.risk_score, 0) DESC, f.rule_id, a.uid`,
  'first-seen': 'f.first_seen DESC, f.rule_id, a.uid',
  'last-seen': 'f.last_seen DESC, f.rule_id, a.uid',
  rule: 'f.rule_id, a.uid',
  resource: 'a.uid, f.rule_id',
};

function inList(
  column: string,
  values: readonly string[] | undefined,
  params: unknown[],
): string | undefined {
  if (values === undefined || values.length === 0) return undefined;
  params.push(JSON.stringify(values));
  return `${column} IN (SELECT value FROM json_each(?))`;
}

/**
 * The findings matching `filter`, in the order asked (highest risk first by default).
 * @example for (const f of listFindings(db, { states: ['open', 'reopened'], severities: ['high'] })) ...
 */
export function* listFindings(db: Database.Database, filter: FindingFilter = {}): Generator<StoredFinding> {
  const params: unknown[] = [];
  const where = [
    inList('f.state', filter.states, params),
    inList('f.severity', filter.severities, params),
    inList('f.rule_id', filter.rules, params),
    inList('v.account', filter.accounts, params),
    inList("json_extract(v.context, '$.owner')", filter.owners, params),
    inList('f.id', filter.ids, params),
  ].filter((w): w is string => w !== undefined);
  if (filter.since !== undefined) {
    where.push('f.first_seen >= ?');
    params.push(filter.since);
  }
  if (filter.limit !== undefined) params.push(filter.limit);
  const rows = db
    .prepare<unknown[], Row>(
      `SELECT f.id, f.rule_id, f.severity, f.status, f.state, f.message, f.evidence, f.risk_score,
              coalesce(f.risk, rp.factors) AS risk, f.first_seen, f.last_seen, s1.id AS first_scan_id,
              s2.id AS last_scan_id, f.resolved_at, f.removed_at, f.reopened_count, f.muted_by, f.muted_kind,
              a.uid, a.provider, a.type, v.account, v.region, v.name, v.tags, v.context, v.source
       FROM findings f
       JOIN assets a ON a.id = f.asset_id
       JOIN scan_assets sa ON sa.scan_seq = f.last_scan AND sa.asset_id = f.asset_id
       JOIN asset_versions v ON v.id = sa.version_id
       JOIN scans s1 ON s1.seq = f.first_scan
       JOIN scans s2 ON s2.seq = f.last_scan
       LEFT JOIN risk_profiles rp ON rp.id = f.risk_profile
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${ORDER[filter.sort ?? 'risk']}
       ${filter.limit === undefined ? '' : 'LIMIT ?'}`,
    )
    .iterate(...params);
  for (const row of rows) yield fromRow(row);
}

function fromRow(r: Row): StoredFinding {
  const f: StoredFinding = {
    id: r.id,
    ruleId: r.rule_id,
    severity: isSeverity(r.severity) ? r.severity : 'info',
    status: r.status === 'error' ? 'error' : 'fail',
    state: r.state as FindingState,
    message: r.message,
    evidence: r.evidence === null ? {} : (JSON.parse(r.evidence) as Record<string, unknown>),
    risk:
      r.risk_score === null
        ? undefined
        : { score: r.risk_score, factors: r.risk === null ? [] : (JSON.parse(r.risk) as RiskFactor[]) },
    resource: {
      uid: r.uid,
      provider: r.provider as Provider,
      type: r.type,
      account: r.account,
      region: r.region,
      name: r.name,
      tags: JSON.parse(r.tags) as Record<string, string>,
      context: JSON.parse(r.context) as StoredFinding['resource']['context'],
      source: JSON.parse(r.source) as StoredFinding['resource']['source'],
    },
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    firstScan: r.first_scan_id,
    lastScan: r.last_scan_id,
    reopenedCount: r.reopened_count,
  };
  if (r.resolved_at !== null) f.resolvedAt = r.resolved_at;
  if (r.removed_at !== null) f.removedAt = r.removed_at;
  if (r.muted_by !== null) f.suppression = { id: r.muted_by, kind: r.muted_kind ?? 'unknown' };
  return f;
}

export interface FindingEvent {
  at: string;
  kind: string;
  state: string;
  actor: string;
  scan?: string;
  detail?: Record<string, unknown>;
}

/** One finding's history, oldest first. */
export function findingEvents(db: Database.Database, findingId: string): FindingEvent[] {
  return db
    .prepare<
      [string],
      { at: string; kind: string; state: string; actor: string; scan: string | null; detail: string | null }
    >(
      `SELECT e.at, e.kind, e.state, e.actor, s.id AS scan, e.detail
       FROM finding_events e LEFT JOIN scans s ON s.seq = e.scan_seq
       WHERE e.finding_id = ? ORDER BY e.at, e.id`,
    )
    .all(findingId)
    .map((r) => {
      const e: FindingEvent = { at: r.at, kind: r.kind, state: r.state, actor: r.actor };
      if (r.scan !== null) e.scan = r.scan;
      if (r.detail !== null) e.detail = JSON.parse(r.detail) as Record<string, unknown>;
      return e;
    });
}

/** Finding ids starting with `prefix` (a shown id may be cut short). */
export function findingIdsStartingWith(db: Database.Database, prefix: string): string[] {
  return db
    .prepare<[string, string], { id: string }>('SELECT id FROM findings WHERE id >= ? AND id < ? LIMIT 2')
    .all(prefix, `${prefix}\uffff`)
    .map((r) => r.id);
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: unknown;
}

/** The audit log, oldest first; optionally one subject's (e.g. `suppression s3-logs`). */
export function auditLog(db: Database.Database, subject?: string): AuditEntry[] {
  return db
    .prepare<
      unknown[],
      { at: string; actor: string; action: string; subject: string; detail: string | null }
    >(
      `SELECT at, actor, action, subject, detail FROM audit_log ${subject === undefined ? '' : 'WHERE subject = ?'} ORDER BY id`,
    )
    .all(...(subject === undefined ? [] : [subject]))
    .map((r) => ({ ...r, detail: r.detail === null ? undefined : (JSON.parse(r.detail) as unknown) }));
}
