/**
 * `parapet compliance`: scores a stored scan (the latest, the latest at `--at`, or `--scan <id>`)
 * against framework catalogs and renders the result as a table, `parapet.compliance/v1` JSON, CSV or
 * a self-contained HTML report. Reads only the store; never changes it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { complianceWeights } from '../frameworks/scoring.js';
import { UsageError } from '../model/errors.js';
import { ALL_RULES } from '../rules/index.js';
import { scoreFrameworks, type ComplianceReport } from '../report/compliance-report.js';
import { renderComplianceJson } from '../report/compliance-json.js';
import { renderComplianceTable } from '../report/compliance-table.js';
import { renderComplianceCsv } from '../report/csv.js';
import { renderComplianceHtml } from '../report/html.js';
import { fileOutput, streamOutput, type Output } from '../report/output.js';
import { openSqliteStore } from '../store/sqlite.js';
import { loadConfig } from './config.js';
import { selectFrameworks } from './frameworks.js';
import type { Io } from './io.js';
import { DEFAULT_DB } from './paths.js';
import { resolveNow } from './time.js';

export const COMPLIANCE_FORMATS = ['table', 'json', 'csv', 'html'] as const;

export interface ComplianceOptions {
  framework?: string;
  scan?: string;
  format: string;
  output?: string;
  db?: string;
  at?: string;
  config?: string;
  color: boolean;
}

export async function runCompliance(opts: ComplianceOptions, io: Io): Promise<number> {
  if (!(COMPLIANCE_FORMATS as readonly string[]).includes(opts.format))
    throw new UsageError(
      `--format: "${opts.format}" is not supported (expected one of ${COMPLIANCE_FORMATS.join(', ')})`,
    );
  const now = resolveNow(opts.at, io.env);
  const config = loadConfig(opts.config, io.cwd);
  const { compliance, selected } = selectFrameworks(opts.framework, config.frameworkFiles, io.cwd);
  const dbPath = opts.db ?? DEFAULT_DB;
  if (/^postgres(ql)?:\/\//.test(dbPath))
    throw new UsageError(
      '--db: PostgreSQL stores are not available in this version yet; give a SQLite file path',
    );
  const file = resolve(io.cwd, dbPath);
  if (!existsSync(file))
    throw new UsageError(`--db: no store at ${file} (run parapet scan first, or give --db <path>)`);
  const store = openSqliteStore(file);
  try {
    const scan =
      opts.scan !== undefined
        ? await store.getScan(opts.scan)
        : await store.latestScan(
            opts.at !== undefined || io.env.PARAPET_NOW !== undefined ? { at: now.toISOString() } : {},
          );
    if (!scan)
      throw new UsageError(
        opts.scan !== undefined
          ? `--scan: no scan "${opts.scan}" in ${file}`
          : `no completed scan in ${file}${opts.at !== undefined ? ` at or before ${now.toISOString()}` : ''} (run parapet scan first)`,
      );
    if (scan.status !== 'complete' && scan.status !== 'partial')
      throw new UsageError(
        `--scan: scan ${scan.id} is ${scan.status}; only complete or partial scans can be scored`,
      );
    const severities = new Map(ALL_RULES.map((r) => [r.id, r.severity]));
    const weights = complianceWeights(config.complianceWeights);
    const scored = await scoreFrameworks(
      store.scanResults(scan.id, { includePassed: true }),
      selected === undefined ? compliance.frameworks : [compliance.framework(selected)!],
      { severityOf: (id) => severities.get(id), weights },
    );
    const report: ComplianceReport = {
      generatedAt: now.toISOString(),
      scan: {
        id: scan.id,
        startedAt: scan.startedAt,
        finishedAt: scan.finishedAt,
        status: scan.status,
        sources: scan.sources,
        scopes: scan.assessment?.coverage.scopes ?? [],
        assets: scan.assessment?.assets ?? 0,
        unknownResults: scored.unknownResults,
      },
      weights,
      frameworks: scored.frameworks,
    };
    const out: Output =
      opts.output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, opts.output));
    if (opts.format === 'json') await renderComplianceJson(report, out);
    else if (opts.format === 'csv') await renderComplianceCsv(report, out);
    else if (opts.format === 'html')
      await renderComplianceHtml(report, out, { rules: new Map(ALL_RULES.map((r) => [r.id, r])) });
    else await renderComplianceTable(report, out, { color: opts.color && out.isTTY });
    await out.end();
    return 0;
  } finally {
    await store.close();
  }
}
