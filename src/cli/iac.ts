/**
 * `parapet iac <path...>`: the same rules over Infrastructure as Code. IaC files → the same typed
 * assets → assess → results (in memory, not stored) with file and line, inline suppressions → the
 * same report renderers as `parapet scan`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assess, type AssessedAsset } from '../engine/assess.js';
import { ComplianceIndex, loadCatalogDir } from '../frameworks/catalog.js';
import { UsageError } from '../model/errors.js';
import { atLeast, SEVERITIES } from '../model/severity.js';
import { ALL_RULES } from '../rules/index.js';
import { fileOutput, streamOutput, type Output } from '../report/output.js';
import { asffOptions } from '../report/asff.js';
import { renderReport, REPORT_FORMATS } from '../report/render.js';
import type { ScanReport } from '../report/scan-report.js';
import { safeText } from '../report/safe-text.js';
import { readIac } from '../sources/iac/index.js';
import { suppressionsIn, type Suppression } from '../sources/iac/suppressions.js';
import type { DiagnosticEvent, ImportEvent } from '../sources/import/types.js';
import type { StoredResult } from '../store/types.js';
import { loadConfig } from './config.js';
import { iacResults } from './iac-results.js';
import type { Io } from './io.js';
import { newScanId, severityOption } from './scan.js';
import { resolveNow } from './time.js';

export interface IacCommandOptions {
  paths: string[];
  format: string;
  output?: string;
  minSeverity: string;
  failOn?: string;
  vars?: string[];
  varFiles?: string[];
  at?: string;
  includePassed?: boolean;
  config?: string;
  /** ASFF: the AWS account (and region) of the Security Hub that imports the findings. */
  asffAccount?: string;
  asffRegion?: string;
  color: boolean;
}

/** A glob of the config's skipPaths (`**` any depth, `*` within a segment) as a regex. */
export function globRegex(glob: string): RegExp {
  const re = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    // A placeholder for `**` while `*` is rewritten; U+E000 is a private-use character no glob holds.
    .replace(/\*\*\/?/g, '\ue000')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\ue000/g, '.*');
  return new RegExp(`^${re}(/.*)?$`);
}

function skipped(file: string, globs: readonly RegExp[]): boolean {
  const f = file.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.some((g) => g.test(f));
}

/** Runs `parapet iac` and returns the exit code: 0, 1 (--fail-on met) or 2 (input errors). */
export async function runIac(opts: IacCommandOptions, io: Io): Promise<number> {
  if (!(REPORT_FORMATS as readonly string[]).includes(opts.format))
    throw new UsageError(
      `--format: "${opts.format}" is not supported (expected one of ${REPORT_FORMATS.join(', ')})`,
    );
  if (opts.paths.length === 0)
    throw new UsageError('iac: give at least one file or directory (see parapet iac --help)');
  const minSeverity = severityOption('--min-severity', opts.minSeverity);
  const asff = asffOptions(opts);
  // IaC resources are not deployed yet, so no finding carries an AWS account Security Hub could use.
  if (opts.format === 'asff' && asff.account === undefined)
    throw new UsageError(
      '--asff-account: IaC resources have no deployed AWS account; give the account whose Security Hub imports the findings (e.g. --asff-account 123456789012)',
    );
  const failOn = opts.failOn === undefined ? undefined : severityOption('--fail-on', opts.failOn);
  for (const v of opts.vars ?? [])
    if (!/^[A-Za-z_][\w-]*=/.test(v)) throw new UsageError(`--var: "${v}" is not name=value`);
  const varFiles = (opts.varFiles ?? []).map((f) => resolve(io.cwd, f));
  for (const f of varFiles) if (!existsSync(f)) throw new UsageError(`--var-file: ${f} does not exist`);
  const now = resolveNow(opts.at, io.env);
  const config = loadConfig(opts.config, io.cwd);
  const skipRules = new Set(config.iac.skipRules);
  const unknownSkips = [...skipRules].filter((id) => !ALL_RULES.some((r) => r.id === id));
  if (unknownSkips.length > 0)
    throw new UsageError(
      `${config.file ?? 'config'}: iac.skipRules names unknown rule(s): ${unknownSkips.join(', ')}`,
    );
  const skipGlobs = config.iac.skipPaths.map(globRegex);
  const rules = ALL_RULES.filter((r) => !skipRules.has(r.id));

  const paths = opts.paths.map((p) => resolve(io.cwd, p));
  for (const [i, p] of paths.entries())
    if (!existsSync(p)) throw new UsageError(`iac: ${opts.paths[i]} does not exist`);
  const run = await readIac(paths, { cwd: io.cwd, vars: opts.vars ?? [], varFiles });
  const keep = (ev: ImportEvent) => {
    if (ev.kind === 'candidate') return !skipped(ev.candidate.source.file ?? '', skipGlobs);
    if (ev.kind === 'file' || ev.kind === 'diagnostic') return !skipped(ev.file, skipGlobs);
    return true;
  };
  const events = run.events.filter(keep);

  const suppressions: Suppression[] = [];
  const problems: DiagnosticEvent[] = [];
  for (const [file, text] of run.files) {
    if (skipped(file, skipGlobs)) continue;
    const found = suppressionsIn(file, text);
    suppressions.push(...found.suppressions);
    for (const p of found.problems)
      problems.push({
        kind: 'diagnostic',
        level: 'warning',
        file: p.file,
        position: `line ${p.line}`,
        message: p.message,
      });
  }

  const assessed: AssessedAsset[] = [];
  async function* source() {
    yield await Promise.resolve(events);
    yield problems;
  }
  const assessment = await assess(
    source(),
    { rules, now, contextTagKeys: config.contextTagKeys },
    {
      write: (batch) => void assessed.push(...batch),
    },
  );
  const ruleMap = new Map(ALL_RULES.map((r) => [r.id, r]));
  const { results, muted } = iacResults(
    assessed,
    run.spans,
    suppressions,
    ruleMap,
    now,
    opts.includePassed === true,
  );
  // Muted results are reported as such, and no longer count as failures.
  for (const r of results) {
    if (!r.muted) continue;
    if (r.status === 'fail') {
      assessment.results.fail--;
      assessment.failedBySeverity[r.severity]--;
    } else if (r.status === 'error') assessment.results.error--;
  }

  const compliance = new ComplianceIndex(loadCatalogDir());
  const report: ScanReport = {
    kind: 'iac',
    scan: {
      id: newScanId(now),
      startedAt: now.toISOString(),
      finishedAt: now.toISOString(),
      status: assessment.coverage.complete ? 'complete' : 'partial',
      sources: opts.paths,
      assessment,
      options: { rules: rules.length },
    },
    assessment,
    results: (o) => filtered(results, o, opts.includePassed === true),
    rules: ruleMap,
    compliance,
    minSeverity,
    includePassed: opts.includePassed === true,
    storedAt: undefined,
    muted,
  };
  const out: Output =
    opts.output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, opts.output));
  await renderReport(opts.format, report, out, { color: opts.color && out.isTTY, cwd: io.cwd, now, asff });
  await out.end();

  if (assessment.diagnosticCounts.error > 0) {
    const errors = assessment.diagnostics.filter((d) => d.level === 'error');
    io.stderr.write(
      `parapet: ${assessment.diagnosticCounts.error} input error(s); the assessment is partial:\n`,
    );
    for (const d of errors.slice(0, 10)) io.stderr.write(`  ${safeText(d.message)}\n`);
    return 2;
  }
  if (
    failOn !== undefined &&
    SEVERITIES.some((s) => atLeast(s, failOn) && assessment.failedBySeverity[s] > 0)
  )
    return 1;
  return 0;
}

// eslint-disable-next-line @typescript-eslint/require-await -- the report interface is an async iterable
async function* filtered(
  results: readonly StoredResult[],
  o: { severity?: string; limit?: number } | undefined,
  includePassed: boolean,
): AsyncGenerator<StoredResult> {
  let n = 0;
  for (const r of results) {
    if (r.status === 'pass' && !(includePassed && o === undefined)) continue;
    if (o?.severity !== undefined && r.severity !== o.severity) continue;
    if (o?.limit !== undefined && n >= o.limit) return;
    n++;
    yield r;
  }
}
