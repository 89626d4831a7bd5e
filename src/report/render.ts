/**
 * The report formats every command that produces results shares (`parapet scan`, `parapet iac`):
 * one entry per format, so a new writer (csv, html, ...) is one line here and works for both.
 */
import type { FrameworkScore } from '../frameworks/scoring.js';
import { renderScanAsff, type AsffOptions } from './asff.js';
import { renderScanCsv } from './csv.js';
import { renderScanHtml } from './html.js';
import { renderScanJson } from './json.js';
import { renderScanOcsf } from './ocsf.js';
import { renderJunit } from './junit.js';
import type { Output } from './output.js';
import { renderSarif } from './sarif.js';
import type { ScanReport } from './scan-report.js';
import { renderScanTable } from './table.js';

export interface RenderOptions {
  color: boolean;
  /** Working directory, for relative file URIs (SARIF). */
  cwd?: string;
  /** "Now" (`--at`), for formats that stamp a time (OCSF, ASFF, HTML); default the scan's start. */
  now?: Date;
  /** ASFF: the account and region that import findings about non-AWS resources. */
  asff?: AsffOptions;
  /** HTML: each framework's score over the scan (needs passing results; omitted, the chart is left out). */
  frameworkScores?: () => Promise<readonly FrameworkScore[]>;
}

const nowOf = (report: ScanReport, o: RenderOptions) => o.now ?? new Date(report.scan.startedAt);

export type Renderer = (report: ScanReport, out: Output, options: RenderOptions) => Promise<void>;

export const RENDERERS = {
  table: (report, out, o) => renderScanTable(report, out, { color: o.color }),
  json: (report, out) => renderScanJson(report, out),
  sarif: (report, out, o) => renderSarif(report, out, o.cwd === undefined ? {} : { cwd: o.cwd }),
  junit: (report, out) => renderJunit(report, out),
  csv: (report, out) => renderScanCsv(report, out),
  html: async (report, out, o) =>
    renderScanHtml(report, out, {
      frameworks: o.frameworkScores ? await o.frameworkScores() : [],
      generatedAt: nowOf(report, o).toISOString(),
    }),
  ocsf: (report, out, o) => renderScanOcsf(report, out, { now: nowOf(report, o) }),
  asff: (report, out, o) => renderScanAsff(report, out, { now: nowOf(report, o), ...(o.asff ?? {}) }),
} satisfies Record<string, Renderer>;

export type ReportFormat = keyof typeof RENDERERS;
export const REPORT_FORMATS = Object.keys(RENDERERS) as ReportFormat[];

/** Render `report` in `format` (one of REPORT_FORMATS). */
export async function renderReport(
  format: string,
  report: ScanReport,
  out: Output,
  options: RenderOptions,
): Promise<void> {
  const render = (RENDERERS as Record<string, Renderer>)[format];
  if (render === undefined) throw new Error(`no renderer for format ${format}`);
  await render(report, out, options);
}
