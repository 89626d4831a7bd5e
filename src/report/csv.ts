/**
 * CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when needed) written with
 * csv-stringify: one row per finding for `scan`, one row per requirement for `compliance`. Cells that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) are
 * prefixed with `'` (OWASP CSV injection guidance), so a hostile resource name stays text.
 */
import { stringify } from 'csv-stringify/sync';
import { atLeast } from '../model/severity.js';
import type { ComplianceReport } from './compliance-report.js';
import { toFinding } from './finding.js';
import type { Output } from './output.js';
import type { ScanReport } from './scan-report.js';

/** @example spreadsheetSafe('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")" */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(cells: readonly (string | number | null | undefined)[]): string {
  return stringify([cells.map((c) => (c === null || c === undefined ? '' : spreadsheetSafe(String(c))))], {
    record_delimiter: '\r\n',
    quoted_match: /[\s"]/,
  });
}

export const FINDING_CSV_COLUMNS = [
  'finding_id',
  'status',
  'severity',
  'rule_id',
  'title',
  'provider',
  'account',
  'region',
  'resource_type',
  'resource_uid',
  'resource_name',
  'tags',
  'message',
  'compliance',
  'risk_score',
  'owner',
  'remediation',
] as const;

export async function renderScanCsv(report: ScanReport, out: Output): Promise<void> {
  await out.write(row(FINDING_CSV_COLUMNS));
  for await (const r of report.results()) {
    const rule = report.rules.get(r.ruleId);
    const severity = rule?.severity ?? r.severity;
    if (!atLeast(severity, report.minSeverity)) continue;
    const f = toFinding(r, rule, report.compliance, report.governance);
    await out.write(
      row([
        f.id,
        f.status,
        f.severity,
        f.ruleId,
        f.title,
        f.resource.provider,
        f.resource.account,
        f.resource.region,
        f.resource.type,
        f.resource.uid,
        f.resource.name,
        Object.keys(f.resource.tags).length === 0 ? '' : JSON.stringify(f.resource.tags),
        f.message,
        Object.entries(f.compliance)
          .map(([fw, ids]) => `${fw}: ${ids.join(' ')}`)
          .join('; '),
        f.risk.score,
        f.owner,
        f.remediation.text,
      ]),
    );
  }
}

export const COMPLIANCE_CSV_COLUMNS = [
  'framework',
  'requirement',
  'section',
  'title',
  'assessment',
  'status',
  'reason',
  'passing',
  'failing',
  'unknown',
  'weight',
  'rules',
] as const;

export async function renderComplianceCsv(report: ComplianceReport, out: Output): Promise<void> {
  await out.write(row(COMPLIANCE_CSV_COLUMNS));
  for (const fw of report.frameworks)
    for (const r of fw.requirements)
      await out.write(
        row([
          fw.id,
          r.id,
          r.section,
          r.title,
          r.assessment,
          r.status,
          r.reason,
          r.passing,
          r.failing,
          r.unknown,
          r.weight,
          r.rules.join(' '),
        ]),
      );
}
