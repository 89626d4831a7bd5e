/**
 * The terminal view of `parapet compliance`: one line per framework with both scores and counts; with
 * a single framework, its sections and every requirement (failing first). Text from catalogs and the
 * estate goes through `cell`/`safeText`.
 */
import pc from 'picocolors';
import type { FrameworkScore, RequirementStatus } from '../frameworks/scoring.js';
import type { ComplianceReport } from './compliance-report.js';
import type { Output } from './output.js';
import { cell, safeText } from './safe-text.js';

const pct = (n: number | null) => (n === null ? '   n/a' : `${n.toFixed(1).padStart(5)}%`);
const ORDER: Record<RequirementStatus, number> = { fail: 0, not_assessed: 1, pass: 2, manual: 3 };

export async function renderComplianceTable(
  report: ComplianceReport,
  out: Output,
  options: { color: boolean },
): Promise<void> {
  const c = pc.createColors(options.color);
  const status = (s: RequirementStatus) => {
    const label = { pass: 'pass', fail: 'FAIL', manual: 'manual', not_assessed: 'not assessed' }[s].padEnd(
      12,
    );
    return s === 'pass'
      ? c.green(label)
      : s === 'fail'
        ? c.red(label)
        : s === 'manual'
          ? c.dim(label)
          : c.yellow(label);
  };
  const lines: string[] = [];
  const { scan } = report;
  lines.push(
    c.bold(`Compliance of scan ${safeText(scan.id)}`) +
      ` (${scan.startedAt}, ${scan.assets} assets, ${scan.status}${scan.unknownResults > 0 ? `, ${scan.unknownResults} unknown results` : ''})`,
  );
  lines.push('');
  lines.push(
    `${'framework'.padEnd(16)} ${'controls'.padStart(8)} ${'resources'.padStart(9)}  ${'pass'.padStart(5)} ${'fail'.padStart(5)} ${'not assessed'.padStart(12)} ${'manual'.padStart(6)}`,
  );
  for (const fw of report.frameworks) {
    lines.push(
      `${cell(fw.id, 16)} ${pct(fw.scores.controls).padStart(8)} ${pct(fw.scores.resources).padStart(9)}  ${String(fw.counts.pass).padStart(5)} ${String(fw.counts.fail).padStart(5)} ${String(fw.counts.not_assessed).padStart(12)} ${String(fw.counts.manual).padStart(6)}`,
    );
  }
  if (report.frameworks.length === 1) lines.push(...detail(report.frameworks[0]!, status, c.bold));
  lines.push('');
  lines.push(
    c.dim(
      'controls: passing requirements / assessed (pass+fail) requirements. resources: weighted mean of passing / judged resources per requirement. Unknown results never count as passing (docs/compliance.md).',
    ),
  );
  await out.write(`${lines.join('\n')}\n`);
}

function detail(
  fw: FrameworkScore,
  status: (s: RequirementStatus) => string,
  bold: (s: string) => string,
): string[] {
  const lines = ['', bold(`${safeText(fw.name)} ${safeText(fw.version)} — sections`)];
  for (const s of fw.sections)
    lines.push(
      `  ${cell(s.name, 48)} ${pct(s.scores.controls)}  pass ${s.counts.pass}, fail ${s.counts.fail}, not assessed ${s.counts.not_assessed}, manual ${s.counts.manual}`,
    );
  lines.push('', bold('Requirements'));
  const reqs = [...fw.requirements].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  for (const r of reqs) {
    const counts =
      r.status === 'manual'
        ? ''
        : `${r.failing} failing, ${r.passing} passing${r.unknown > 0 ? `, ${r.unknown} unknown` : ''}${r.reason ? ` (${r.reason})` : ''}`;
    lines.push(`  ${cell(r.id, 22)} ${status(r.status)} ${cell(r.title, 70)} ${counts}`);
  }
  return lines;
}
