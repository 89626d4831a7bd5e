/**
 * The store's contract: scans, asset versions, results and findings with first/last seen. The SQLite
 * adapter implements it for one user; a PostgreSQL adapter will implement the same interface for teams.
 * Writes for one scan go through a ScanWriter so a failed scan never half-updates findings.
 */
import type { AssessedAsset, Assessment } from '../engine/assess.js';
import type { RiskFactor } from '../model/finding.js';
import type { Provider } from '../model/asset.js';
import type { ResultStatus } from '../model/result.js';
import type { Severity } from '../model/severity.js';
import type { Suppression } from '../lifecycle/suppressions.js';

export type ScanStatus = 'running' | 'complete' | 'partial' | 'failed';

export interface ScanRecord {
  id: string;
  startedAt: string;
  finishedAt: string | undefined;
  status: ScanStatus;
  /** What was scanned: `demo`, import paths, live providers. */
  sources: string[];
  assessment: Assessment | undefined;
  options: Record<string, unknown>;
}

export interface StoredResult {
  findingId: string;
  ruleId: string;
  status: ResultStatus;
  severity: Severity;
  message: string;
  evidence: Record<string, unknown>;
  unknown?: { field: string; reason: string }[];
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
  /** Set when an inline IaC suppression mutes the result: reported with status `muted` and this reason. */
  muted?: { reason: string; file: string; line: number };
  firstSeen: string | undefined;
  lastSeen: string | undefined;
  state: string | undefined;
}

export interface ScanWriter {
  readonly scanId: string;
  write(batch: AssessedAsset[]): Promise<void>;
  /** Record the outcome and update findings (first/last seen, resolved/reopened) in one transaction. */
  finish(assessment: Assessment, finishedAt: string): Promise<ScanRecord>;
  /** Discard this scan's rows and mark it failed; stored history stays as it was. */
  abort(reason: string, finishedAt: string): Promise<void>;
}

export interface BeginScan {
  id: string;
  startedAt: string;
  sources: string[];
  options: Record<string, unknown>;
  /**
   * Suppressions in force for this scan: what it finds that they match is recorded as muted. Absent
   * (no suppression file): the suppressions last applied to the store stay in force.
   */
  suppressions?: Suppression[] | undefined;
}

export interface MutedCounts {
  fail: number;
  error: number;
  failBySeverity: Partial<Record<string, number>>;
}

export interface Store {
  beginScan(scan: BeginScan): Promise<ScanWriter>;
  getScan(id: string): Promise<ScanRecord | undefined>;
  /** The latest complete or partial scan; with `at`, the latest that started at or before it. */
  latestScan(options?: { at?: string }): Promise<ScanRecord | undefined>;
  /** The scan's fail and error results (and passes with `includePassed`), highest risk first. */
  scanResults(scanId: string, options?: { includePassed?: boolean }): AsyncIterable<StoredResult>;
  /**
   * How many of the scan's fail and error results belong to muted findings (suppressed or accepted),
   * with the muted failures by severity.
   */
  mutedCounts(scanId: string): Promise<MutedCounts>;
  close(): Promise<void>;
}
