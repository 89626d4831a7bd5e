import type { Severity } from './severity.js';

/** What one rule concluded about one asset. */
export type ResultStatus = 'pass' | 'fail' | 'error' | 'not_applicable';
export const RESULT_STATUSES: readonly ResultStatus[] = ['pass', 'fail', 'error', 'not_applicable'];

export interface RuleResult {
  ruleId: string;
  assetUid: string;
  status: ResultStatus;
  severity: Severity;
  /** For fail: the rendered message; for error: why it could not be assessed; else a short reason. */
  message: string;
  /**
   * Facts that support a failing verdict (the offending rule, grant, port...). Redacted of secrets.
   * The engine keeps none for passes: nothing stores or reports them.
   */
  evidence?: Record<string, unknown>;
  /** Unknown fields that made the result `error`. */
  unknown?: { field: string; reason: string }[];
}
