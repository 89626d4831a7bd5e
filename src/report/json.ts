/**
 * `parapet.scan/v1` JSON (DESIGN.md), written as a stream: the findings array is produced one finding
 * at a time from the store, so the output of a large estate never has to fit in memory at once.
 */
import { atLeast } from '../model/severity.js';
import { toFinding } from './finding.js';
import type { Output } from './output.js';
import type { ScanReport } from './scan-report.js';

export const SCAN_SCHEMA = 'parapet.scan/v1';

function indent(json: string, pad: string): string {
  return json.replace(/\n/g, `\n${pad}`);
}

export async function renderScanJson(report: ScanReport, out: Output): Promise<void> {
  const { scan, assessment } = report;
  const header = {
    schema: SCAN_SCHEMA,
    scan: {
      id: scan.id,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      status: scan.status,
      stored: report.storedAt !== undefined,
      sources: assessment.sources,
      coverage: assessment.coverage,
      diagnostics: assessment.diagnostics,
      diagnosticCounts: assessment.diagnosticCounts,
      ...(assessment.graph === undefined ? {} : { graph: assessment.graph }),
    },
    summary: {
      assets: assessment.assets,
      results: { ...assessment.results, muted: report.muted ?? 0 },
      bySeverity: assessment.failedBySeverity,
    },
  };
  const head = JSON.stringify(header, null, 2);
  await out.write(`${head.slice(0, head.lastIndexOf('\n}'))},\n  "findings": [`);
  let first = true;
  for await (const r of report.results()) {
    const rule = report.rules.get(r.ruleId);
    const severity = rule?.severity ?? r.severity;
    if (!atLeast(severity, report.minSeverity)) continue;
    const f = toFinding(r, rule, report.compliance, report.governance);
    await out.write(`${first ? '\n' : ',\n'}    ${indent(JSON.stringify(f, null, 2), '    ')}`);
    first = false;
  }
  await out.write(first ? ']\n}\n' : '\n  ]\n}\n');
}
