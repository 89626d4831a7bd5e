/**
 * SQLite schema migrations, applied in order and recorded in `PRAGMA user_version`. A migration only
 * adds; it never drops stored history. Results are narrow rows (integer keys) because a scan of a
 * large estate writes millions of them; failure details live in `scan_findings`.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE scans (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    sources TEXT NOT NULL,
    options TEXT NOT NULL,
    assessment TEXT
  );
  CREATE TABLE rules (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
  CREATE TABLE assets (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    provider TEXT NOT NULL,
    type TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    first_scan INTEGER NOT NULL
  );
  CREATE TABLE asset_versions (
    id INTEGER PRIMARY KEY,
    asset_id INTEGER NOT NULL,
    hash TEXT NOT NULL,
    account TEXT NOT NULL,
    region TEXT NOT NULL,
    name TEXT NOT NULL,
    tags TEXT NOT NULL,
    context TEXT NOT NULL,
    source TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (asset_id, hash)
  );
  CREATE TABLE scan_assets (
    scan_seq INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    version_id INTEGER NOT NULL,
    PRIMARY KEY (scan_seq, asset_id)
  ) WITHOUT ROWID;
  CREATE TABLE results (
    scan_seq INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    rule_seq INTEGER NOT NULL,
    status INTEGER NOT NULL,
    PRIMARY KEY (scan_seq, asset_id, rule_seq)
  ) WITHOUT ROWID;
  CREATE TABLE scan_findings (
    scan_seq INTEGER NOT NULL,
    finding_id TEXT NOT NULL,
    asset_id INTEGER NOT NULL,
    rule_seq INTEGER NOT NULL,
    status TEXT NOT NULL,
    severity TEXT NOT NULL,
    severity_rank INTEGER NOT NULL,
    message TEXT NOT NULL,
    evidence TEXT,
    unknown TEXT,
    risk_score INTEGER,
    risk TEXT,
    PRIMARY KEY (scan_seq, finding_id)
  );
  CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    rule_id TEXT NOT NULL,
    rule_seq INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    first_scan INTEGER NOT NULL,
    last_scan INTEGER NOT NULL,
    status TEXT NOT NULL,
    state TEXT NOT NULL,
    resolved_at TEXT,
    reopened_count INTEGER NOT NULL DEFAULT 0,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    evidence TEXT,
    risk_score INTEGER,
    risk TEXT
  );
  CREATE INDEX findings_open ON findings (state) WHERE state IN ('open', 'reopened');
  `,
  // Large scans. Reports list a scan's findings failing first, highest risk first (scanResults'
  // ORDER BY): with scan_findings_rank the first page of a million findings is read without sorting
  // them all, and a severity's top findings without joining every row. Risk factor lists repeat (a
  // few dozen distinct lists among a million findings), so they are stored once in risk_profiles and
  // referenced; `risk` keeps the lists of rows written before this migration.
  `
  CREATE INDEX scan_findings_rank
    ON scan_findings (scan_seq, status = 'error', risk_score DESC, severity_rank DESC, severity);
  CREATE TABLE risk_profiles (id INTEGER PRIMARY KEY, factors TEXT NOT NULL UNIQUE);
  ALTER TABLE scan_findings ADD COLUMN risk_profile INTEGER;
  ALTER TABLE findings ADD COLUMN risk_profile INTEGER;
  `,
  // Findings over time (docs/lifecycle.md): every state change of a finding as an event, the audit
  // log of suppression and baseline changes, muting, approved baselines and drift events.
  `
  ALTER TABLE findings ADD COLUMN muted_by TEXT;
  ALTER TABLE findings ADD COLUMN muted_kind TEXT;
  ALTER TABLE findings ADD COLUMN removed_at TEXT;
  CREATE INDEX findings_asset ON findings (asset_id);
  CREATE TABLE finding_events (
    id INTEGER PRIMARY KEY,
    finding_id TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    scan_seq INTEGER,
    actor TEXT NOT NULL,
    detail TEXT
  );
  CREATE INDEX finding_events_finding ON finding_events (finding_id, id);
  CREATE INDEX finding_events_at ON finding_events (at);
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT
  );
  CREATE TABLE suppressions (id TEXT PRIMARY KEY, body TEXT NOT NULL);
  CREATE TABLE baselines (
    seq INTEGER PRIMARY KEY,
    approved_at TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    scan_seq INTEGER NOT NULL,
    note TEXT
  );
  CREATE TABLE baseline_assets (
    baseline_seq INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    version_id INTEGER NOT NULL,
    config_hash TEXT NOT NULL,
    PRIMARY KEY (baseline_seq, asset_id)
  ) WITHOUT ROWID;
  CREATE TABLE drift_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reference TEXT NOT NULL,
    target TEXT NOT NULL,
    uid TEXT NOT NULL,
    type TEXT NOT NULL,
    change TEXT NOT NULL,
    security INTEGER NOT NULL,
    fields TEXT NOT NULL
  );
  CREATE INDEX drift_events_at ON drift_events (at);
  `,
];
