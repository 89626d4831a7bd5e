/**
 * The report formats every command that produces results shares (`parapet scan`, `parapet iac`):
 * one entry per format, so a new writer (csv, html, ...) is one line here and works for both.
 */
import { renderScanJson } from './json.js';
import { renderJunit } from './junit.js';
import type { Output } from './output.js';
import { renderSarif } from './sarif.js';
import type { ScanReport } from './scan-report.js';
import { renderScanTable } from './table.js';

export interface RenderOptions {
  color: boolean;
  /** Working directory, for relative file URIs (SARIF). */
  cwd?: string;
}

export type Renderer = (report: ScanReport, out: Output, options: RenderOptions) => Promise<void>;

export const RENDERERS = {
  table: (report, out, o) => renderScanTable(report, out, { color: o.color }),
  json: (report, out) => renderScanJson(report, out),
  sarif: (report, out, o) => renderSarif(report, out, o.cwd === undefined ? {} : { cwd: o.cwd }),
  junit: (report, out) => renderJunit(report, out),
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
