/** What every scan renderer receives: the scan record, its results from the store, and the registries. */
import type { Assessment } from '../engine/assess.js';
import type { ComplianceIndex } from '../frameworks/catalog.js';
import type { FindingGovernance } from './finding.js';
import type { Severity } from '../model/severity.js';
import type { AnyRule } from '../rules/api.js';
import type { ScanRecord, StoredResult } from '../store/types.js';

export interface ScanReport {
  scan: ScanRecord;
  assessment: Assessment;
  /** Results of the scan at or above `minSeverity`, highest risk first. */
  results: (options?: { severity?: Severity; limit?: number }) => AsyncIterable<StoredResult>;
  rules: ReadonlyMap<string, AnyRule>;
  compliance: ComplianceIndex;
  /** Owners and due dates (docs/governance.md); absent: owner tags only, no due dates. */
  governance?: FindingGovernance;
  minSeverity: Severity;
  includePassed: boolean;
  /** Results muted by suppressions (the store's, or inline IaC ones); not counted in `assessment.results`. */
  muted?: number;
  /** What the report is about, for headings: `scan` (default) or `iac`. */
  kind?: 'scan' | 'iac';
  /** Where the scan is stored; undefined with --no-store. */
  storedAt: string | undefined;
}
