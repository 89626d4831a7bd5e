/**
 * `parapet scan`: import → assess → store → report. The store is the single path to every output: with
 * --no-store the scan goes to a temporary database that is removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { assess } from '../engine/assess.js';
import type { ComplianceIndex } from '../frameworks/catalog.js';
import { describeError, UsageError } from '../model/errors.js';
import { atLeast, isSeverity, SEVERITIES, type Severity } from '../model/severity.js';
import type { AnyRule } from '../rules/api.js';
import { ALL_RULES } from '../rules/index.js';
import { fileOutput, streamOutput, type Output } from '../report/output.js';
import type { ScanReport } from '../report/scan-report.js';
import { safeText } from '../report/safe-text.js';
import { complianceWeights } from '../frameworks/scoring.js';
import { asffOptions } from '../report/asff.js';
import { scoreFrameworks } from '../report/compliance-report.js';
import { renderReport, REPORT_FORMATS } from '../report/render.js';
import { importBatches, type ImportPath } from '../sources/import/index.js';
import type { ImportEvent } from '../sources/import/types.js';
import type { LiveContext, LiveSource } from '../sources/live/types.js';
import { openSqliteStore } from '../store/sqlite.js';
import { loadConfig } from './config.js';
import { readSuppressionFile, suppressionFilePath } from './suppression-file.js';
import { selectFrameworks } from './frameworks.js';
import type { Io } from './io.js';
import { DEFAULT_DB, demoDir } from './paths.js';
import { stderrProgress } from './progress.js';
import { resolveNow } from './time.js';

export const SCAN_FORMATS = REPORT_FORMATS;

export interface ScanOptions {
  demo?: boolean;
  import?: string[];
  /** Live sources chosen with `--aws`, `--azure`, `--gcp`, with their parsed options. */
  live?: { source: LiveSource<unknown>; options: Record<string, unknown> }[];
  db?: string;
  store: boolean;
  format: string;
  output?: string;
  framework?: string;
  minSeverity: string;
  failOn?: string;
  at?: string;
  includePassed?: boolean;
  /** Build the exposure graph and judge toxic combinations (default true; `--no-graph` for very large estates). */
  graph?: boolean;
  config?: string;
  /** ASFF: the AWS account (and region) that imports findings about non-AWS resources. */
  asffAccount?: string;
  asffRegion?: string;
  /** The suppression file (default parapet.suppressions.yaml in the working directory, if present). */
  suppressions?: string;
  progress: boolean;
  color: boolean;
}

export function severityOption(flag: string, value: string): Severity {
  if (!isSeverity(value))
    throw new UsageError(`${flag}: "${value}" is not a severity (expected one of ${SEVERITIES.join(', ')})`);
  return value;
}

/** The scan id: sortable by time, unique by a random suffix. */
export function newScanId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

function selectRules(frameworkId: string | undefined, compliance: ComplianceIndex): readonly AnyRule[] {
  if (frameworkId === undefined) return ALL_RULES;
  const ids = compliance.rulesOf(frameworkId);
  return ALL_RULES.filter((r) => ids.has(r.id));
}

/** Runs a scan and returns the exit code: 0, 1 (--fail-on met) or 2 (input errors). */
/** Imports first, then each live source in turn (each source runs its own calls concurrently). */
async function* allSources(
  paths: readonly ImportPath[],
  live: readonly { source: LiveSource<unknown>; options: unknown }[],
  ctx: LiveContext,
): AsyncGenerator<ImportEvent[]> {
  if (paths.length > 0) yield* importBatches(paths);
  for (const l of live) yield* l.source.collect(l.options, ctx);
}

/**
 * PARAPET_STORE_GROUP_SIZE / PARAPET_STORE_COMMIT_EVERY: how many assets the store writes at once and
 * commits at once (docs/store.md). Small values make interrupted-scan tests reach a commit quickly.
 */
function storeTuning(env: NodeJS.ProcessEnv): { groupSize?: number; commitEvery?: number } {
  const out: { groupSize?: number; commitEvery?: number } = {};
  for (const [name, key] of [
    ['PARAPET_STORE_GROUP_SIZE', 'groupSize'],
    ['PARAPET_STORE_COMMIT_EVERY', 'commitEvery'],
  ] as const) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`${name}: "${raw}" is not a positive whole number`);
    out[key] = n;
  }
  return out;
}

export async function runScan(opts: ScanOptions, io: Io): Promise<number> {
  const format = opts.format;
  if (!(SCAN_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format: "${format}" is not supported (expected one of ${SCAN_FORMATS.join(', ')})`,
    );
  }
  const minSeverity = severityOption('--min-severity', opts.minSeverity);
  const asff = asffOptions(opts); // flag errors before the scan runs
  const failOn = opts.failOn === undefined ? undefined : severityOption('--fail-on', opts.failOn);
  const now = resolveNow(opts.at, io.env);
  const config = loadConfig(opts.config, io.cwd);
  const suppressionFile = readSuppressionFile(
    suppressionFilePath(opts.suppressions, io.cwd),
    opts.suppressions !== undefined,
  );
  // No file here: the suppressions last applied to the store stay in force.
  const suppressions = suppressionFile.exists ? suppressionFile.suppressions : undefined;
  const paths: ImportPath[] = [];
  if (opts.demo) paths.push({ path: demoDir(), display: 'demo' });
  for (const p of opts.import ?? []) paths.push(isAbsolute(p) ? p : { path: resolve(io.cwd, p), display: p });
  const live = (opts.live ?? []).map((l) => ({
    source: l.source,
    options: l.source.parseOptions(l.options),
  }));
  if (paths.length === 0 && live.length === 0)
    throw new UsageError(
      'nothing to scan: give --demo, --import <file|dir> or a live source (see parapet scan --help)',
    );

  const { compliance, selected } = selectFrameworks(opts.framework, config.frameworkFiles, io.cwd);
  const rules = selectRules(selected, compliance);
  const dbPath = opts.store ? (opts.db ?? DEFAULT_DB) : undefined;
  if (dbPath !== undefined && /^postgres(ql)?:\/\//.test(dbPath)) {
    throw new UsageError(
      '--db: PostgreSQL stores are not available in this version yet; give a SQLite file path',
    );
  }
  const tempDir = dbPath === undefined ? mkdtempSync(join(tmpdir(), 'parapet-')) : undefined;
  // The scan's rows are stored on a thread of their own, beside the assessment (two cores, not one).
  const store = openSqliteStore(dbPath === undefined ? join(tempDir!, 'scan.db') : resolve(io.cwd, dbPath), {
    writer: 'worker',
    ...storeTuning(io.env),
  });
  const progress = stderrProgress(opts.progress, io.stderr);
  try {
    const scanId = newScanId(now);
    const writer = await store.beginScan({
      id: scanId,
      startedAt: now.toISOString(),
      sources: [
        ...paths.map((p) => (typeof p === 'string' ? p : p.display)),
        ...live.map((l) => `${l.source.provider} (live)`),
      ],
      options: { framework: selected, rules: rules.length },
      suppressions,
    });
    const startClock = Date.now();
    let assessment;
    let scan;
    try {
      try {
        assessment = await assess(
          allSources(paths, live, {
            now,
            env: io.env,
            log: (m) => io.stderr.write(`parapet: ${safeText(m)}\n`),
          }),
          {
            rules,
            now,
            contextTagKeys: config.contextTagKeys,
            graph: opts.graph !== false,
            onProgress: (p) => progress.update(p.assets, p.file),
          },
          writer,
        );
      } finally {
        progress.done();
      }
      const finishedAt = opts.at !== undefined ? now : new Date(now.getTime() + (Date.now() - startClock));
      // The store writes beside the assessment, so a failure to store may only show here.
      scan = await writer.finish(assessment, finishedAt.toISOString());
    } catch (e) {
      await writer.abort(describeError(e), new Date(now.getTime() + (Date.now() - startClock)).toISOString());
      throw e;
    }

    // Findings muted in the store (suppressed or accepted) count as `muted`, not as failing.
    const muted = await store.mutedCounts(scan.id);
    assessment.results.fail -= muted.fail;
    assessment.results.error -= muted.error;
    for (const s of SEVERITIES) assessment.failedBySeverity[s] -= muted.failBySeverity[s] ?? 0;
    const report: ScanReport = {
      scan,
      assessment,
      muted: muted.fail + muted.error,
      results: (o) =>
        store.scanResults(scan.id, { ...o, includePassed: opts.includePassed === true && o === undefined }),
      rules: new Map(ALL_RULES.map((r) => [r.id, r])),
      compliance,
      governance: {
        config: config.governance,
        scopeOwners: assessment.scopeOwners ?? {},
        defaultFirstSeen: scan.startedAt,
      },
      minSeverity,
      includePassed: opts.includePassed === true,
      storedAt: dbPath,
    };
    const out: Output =
      opts.output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, opts.output));
    const severities = new Map(ALL_RULES.map((r) => [r.id, r.severity]));
    await renderReport(format, report, out, {
      color: opts.color && out.isTTY,
      cwd: io.cwd,
      now,
      asff,
      // Framework scores (for HTML) need the passes too, read once more from the store.
      frameworkScores: async () =>
        (
          await scoreFrameworks(
            store.scanResults(scan.id, { includePassed: true }),
            selected === undefined ? compliance.frameworks : [compliance.framework(selected)!],
            { severityOf: (id) => severities.get(id), weights: complianceWeights(config.complianceWeights) },
          )
        ).frameworks,
    });
    await out.end();

    if (assessment.diagnosticCounts.error > 0) {
      // Whatever the format, the problem is named on stderr too, so a pipeline still sees it.
      const errors = assessment.diagnostics.filter((d) => d.level === 'error');
      io.stderr.write(`parapet: ${assessment.diagnosticCounts.error} input error(s); the scan is partial:\n`);
      for (const d of errors.slice(0, 10))
        io.stderr.write(
          `  ${safeText(d.message)}${d.position && !d.message.includes(d.position) ? ` (${safeText(d.position)})` : ''}\n`,
        );
      return 2;
    }
    if (
      failOn !== undefined &&
      SEVERITIES.some((s) => atLeast(s, failOn) && assessment.failedBySeverity[s] > 0)
    )
      return 1;
    return 0;
  } finally {
    await store.close();
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  }
}
