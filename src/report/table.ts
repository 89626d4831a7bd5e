/**
 * The terminal report: findings grouped by severity (highest risk first within each group) with the
 * resource, rule and message; then what could not be assessed and any input problems. Every string
 * from the estate goes through safeText. Colour only when the caller says the output supports it.
 */
import pc from 'picocolors';
import { atLeast, SEVERITIES, type Severity } from '../model/severity.js';
import type { RiskFactor } from '../model/finding.js';
import type { Output } from './output.js';
import { cell, safeText } from './safe-text.js';
import type { ScanReport } from './scan-report.js';

export interface TableOptions {
  color: boolean;
  /** Findings shown per severity before "... and N more". */
  perSeverity?: number;
}

/** `severity 50 + exposure 20 + environment 10` — how a score adds up. */
export function factorSum(factors: readonly RiskFactor[]): string {
  return factors
    .map((f, i) => `${i === 0 ? '' : f.contribution < 0 ? '- ' : '+ '}${f.name} ${Math.abs(f.contribution)}`)
    .join(' ');
}

/** The first exposure path among a result's risk factors, when the graph found one. */
export function exposurePathOf(factors: readonly RiskFactor[]): string | undefined {
  const d = factors.find((f) => f.name === 'exposure')?.detail;
  const m = d === undefined ? null : /^reachable from the internet: (.*)$/.exec(d);
  return m?.[1];
}

/** The findings to fix first: highest risk, with how each score adds up and the exposure path. */
async function renderTopRisks(
  report: ScanReport,
  out: Output,
  c: ReturnType<typeof pc.createColors>,
  width: number,
): Promise<void> {
  const top: string[] = [];
  for await (const r of report.results({ limit: 10 })) {
    if (r.status !== 'fail' || r.muted || r.risk === undefined) continue;
    const rule = report.rules.get(r.ruleId);
    const combo = rule?.combination !== undefined ? c.magenta(' [combination]') : '';
    top.push(
      `  ${c.bold(String(r.risk.score).padStart(3))}  ${cell(r.ruleId, Math.floor(width * 0.45))}  ${cell(r.resource.name, Math.floor(width * 0.3)).trimEnd()}${combo}`,
    );
    top.push(c.dim(`       = ${safeText(factorSum(r.risk.factors))}`));
    const path = exposurePathOf(r.risk.factors);
    if (path !== undefined) top.push(c.dim(`       ${cell(path, width - 8).trimEnd()}`));
  }
  if (top.length === 0) return;
  await out.write(`\n${c.bold('Fix first (highest risk, score 0-100)')}\n${top.join('\n')}\n`);
}

export async function renderScanTable(report: ScanReport, out: Output, options: TableOptions): Promise<void> {
  const c = pc.createColors(options.color);
  const sevColor: Record<Severity, (s: string) => string> = {
    critical: (s) => c.bold(c.red(s)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  const { scan, assessment } = report;
  const width = Math.max(100, Math.min(out.columns, 200));
  const perSeverity = options.perSeverity ?? 25;
  const lines: string[] = [];
  const providers =
    [...new Set(assessment.coverage.scopes.map((s) => s.provider))].join(', ') || 'no provider';
  lines.push(
    c.bold(`Parapet ${report.kind === 'iac' ? 'iac' : 'scan'} ${scan.id}`) +
      c.dim(` — ${assessment.assets} assets from ${assessment.sources.length} file(s) (${providers})`),
  );
  const r = assessment.results;
  lines.push(
    `Results: ${c.green(`${r.pass} pass`)} · ${c.red(`${r.fail} fail`)} · ${c.yellow(`${r.error} unknown`)} · ${c.dim(`${r.not_applicable} not applicable`)}` +
      (report.muted ? ` · ${c.dim(`${report.muted} muted`)}` : ''),
  );
  const bySev = SEVERITIES.filter((s) => assessment.failedBySeverity[s] > 0)
    .map((s) => sevColor[s](`${assessment.failedBySeverity[s]} ${s}`))
    .join(' · ');
  if (bySev) lines.push(`Failing: ${bySev}`);
  await out.write(`${lines.join('\n')}\n`);

  await renderTopRisks(report, out, c, width);

  const resourceW = Math.floor(width * 0.3);
  const ruleW = Math.floor(width * 0.3);
  const messageW = width - resourceW - ruleW - 11;
  for (const severity of SEVERITIES) {
    if (!atLeast(severity, report.minSeverity)) continue;
    const total = assessment.failedBySeverity[severity];
    if (total === 0) continue;
    const rows: string[] = [];
    for await (const res of report.results({ severity, limit: perSeverity })) {
      if (res.status !== 'fail' || res.muted) continue;
      const src = res.resource.source;
      // IaC findings are found by file and line; estate findings by provider and name.
      const resource =
        src.kind === 'iac' && src.file !== undefined
          ? `${src.file}${src.line === undefined ? '' : `:${src.line}`} ${res.resource.name}`
          : `${res.resource.provider} ${res.resource.name}`;
      const score = String(res.risk?.score ?? '').padStart(4);
      rows.push(
        `  ${score}  ${cell(resource, resourceW)}  ${cell(res.ruleId, ruleW)}  ${cell(res.message, messageW).trimEnd()}`,
      );
    }
    await out.write(`\n${sevColor[severity](`${severity.toUpperCase()} (${total})`)}\n`);
    await out.write(c.dim(`  RISK  ${'RESOURCE'.padEnd(resourceW)}  ${'RULE'.padEnd(ruleW)}  MESSAGE\n`));
    await out.write(`${rows.join('\n')}\n`);
    if (total > rows.length)
      await out.write(c.dim(`  … and ${total - rows.length} more (use --format json for all)\n`));
  }
  if (
    assessment.failedBySeverity.critical + assessment.failedBySeverity.high + assessment.results.fail ===
    0
  ) {
    await out.write(`\n${c.green('No failing checks.')}\n`);
  }

  const unassessed = assessment.coverage.unassessed;
  if (unassessed.length > 0) {
    await out.write(
      `\n${c.yellow(`Could not assess (${assessment.results.error} results): fields the sources did not provide`)}\n`,
    );
    for (const u of unassessed.slice(0, 8)) {
      await out.write(
        `  ${cell(u.ruleId, ruleW)}  ${safeText(u.field)}: ${safeText(u.reason)} ${c.dim(`(${u.results})`)}\n`,
      );
    }
    if (unassessed.length > 8)
      await out.write(
        c.dim(`  … ${unassessed.length - 8} more reasons in --format json (scan.coverage.unassessed)\n`),
      );
  }
  const unsupported = Object.entries(assessment.coverage.unsupportedTypes);
  if (unsupported.length > 0) {
    const n = unsupported.reduce((s, [, v]) => s + v, 0);
    await out.write(
      c.dim(`\n${n} resources of ${unsupported.length} types Parapet does not assess yet were skipped.\n`),
    );
  }
  const { error, warning } = assessment.diagnosticCounts;
  if (error + warning > 0) {
    await out.write(
      `\n${error > 0 ? c.red(`Input problems: ${error} error(s)`) : ''}${error > 0 && warning > 0 ? ', ' : ''}${warning > 0 ? c.yellow(`${warning} warning(s)`) : ''}\n`,
    );
    for (const d of assessment.diagnostics.filter((x) => x.level === 'error').slice(0, 10)) {
      await out.write(
        `  ${c.red('error')} ${safeText(d.message)}${d.position && !d.message.includes(d.position) ? ` (${safeText(d.position)})` : ''}\n`,
      );
    }
    for (const d of assessment.diagnostics.filter((x) => x.level === 'warning').slice(0, 5)) {
      await out.write(`  ${c.yellow('warning')} ${safeText(d.message)}\n`);
    }
  }
  await out.write(
    c.dim(
      `\n${report.kind === 'iac' ? '' : report.storedAt ? `Stored in ${safeText(report.storedAt)} as scan ${scan.id}. ` : 'Not stored (--no-store). '}` +
        'Use --format json for every finding with evidence, compliance and remediation.\n',
    ),
  );
}
