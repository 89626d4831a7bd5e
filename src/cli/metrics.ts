/**
 * `parapet metrics`: the program's figures over a window ending now (`--at`/PARAPET_NOW) — MTTD, MTTR
 * by severity, SLA attainment, open trend, recurrence, compliance score trend, coverage — computed
 * from the store's history (docs/metrics.md).
 */
import { resolve } from 'node:path';
import { ComplianceIndex, loadCatalogDir } from '../frameworks/catalog.js';
import { durationHours, formatHours } from '../lifecycle/duration.js';
import { computeMetrics, DEFAULT_SLA_HOURS, type Metrics, type SlaTargets } from '../lifecycle/metrics.js';
import { UsageError } from '../model/errors.js';
import { isSeverity, SEVERITIES } from '../model/severity.js';
import { fileOutput, streamOutput } from '../report/output.js';
import { safeText } from '../report/safe-text.js';
import { metricsHistory } from '../store/sqlite-metrics.js';
import type { Io } from './io.js';
import { listOption, openExistingStore } from './store-access.js';
import { syncSuppressionFile } from './findings.js';
import { resolveNow } from './time.js';

export interface MetricsOptions {
  db?: string;
  at?: string;
  window?: string;
  sla?: string[];
  framework?: string[];
  format: string;
  output?: string;
  suppressions?: string;
}

/** `--sla critical=24h,high=5d`: targets replacing the defaults for the severities named. */
export function slaTargets(values: string[] | undefined): SlaTargets {
  const out: SlaTargets = { ...DEFAULT_SLA_HOURS };
  for (const v of listOption(values) ?? []) {
    const [sev, dur] = v.split('=');
    const hours = dur === undefined ? undefined : durationHours(dur);
    if (sev === undefined || !isSeverity(sev) || hours === undefined)
      throw new UsageError(`--sla: "${v}" is not <severity>=<duration> (e.g. critical=48h, high=7d)`);
    out[sev] = hours;
  }
  return out;
}

function table(m: Metrics): string {
  const pct = (n: number | null) => (n === null ? '—' : `${n}%`);
  const lines = [
    `Metrics from ${m.window.from} to ${m.window.to}`,
    '',
    `MTTD  ${formatHours(m.mttd.hours)} over ${m.mttd.detections} detection(s) (${m.mttd.fromProviderTime} dated by the provider's change time)`,
    `MTTR  ${formatHours(m.mttr.hours)} over ${m.mttr.resolved} resolution(s)`,
    `      ${SEVERITIES.map((s) => `${s} ${formatHours(m.mttr.bySeverity[s])}`).join(' · ')}`,
    `SLA   ${pct(m.sla.attainment)} attained  ${SEVERITIES.filter((s) => m.sla.bySeverity[s])
      .map(
        (s) =>
          `${s} ${m.sla.bySeverity[s]!.met}/${m.sla.bySeverity[s]!.met + m.sla.bySeverity[s]!.missed} (target ${formatHours(m.sla.targets[s] ?? null)})`,
      )
      .join(' · ')}`,
    `Recurrence  ${m.recurrenceRate === null ? '—' : `${Math.round(m.recurrenceRate * 1000) / 10}%`} (${m.recurrence.reopened} of ${m.recurrence.resolved} resolved reopened)`,
  ];
  if (m.recurrence.topRules.length > 0)
    lines.push(`  top rules: ${m.recurrence.topRules.map((r) => `${r.ruleId} (${r.reopened})`).join(', ')}`);
  if (m.recurrence.topResources.length > 0)
    lines.push(
      `  top resources: ${m.recurrence.topResources.map((r) => `${safeText(r.uid)} (${r.reopened})`).join(', ')}`,
    );
  lines.push('', 'Open findings per scan:');
  for (const p of m.openTrend)
    lines.push(
      `  ${p.at}  ${String(p.open).padStart(6)}  ${SEVERITIES.map((s) => `${s[0]!.toUpperCase()}${p.bySeverity[s]}`).join(' ')}`,
    );
  lines.push('', 'Compliance score (latest, first in window):');
  for (const [fw, points] of Object.entries(m.compliance)) {
    if (points.length === 0) continue;
    lines.push(`  ${fw.padEnd(16)} ${pct(points.at(-1)!.score)} (from ${pct(points[0]!.score)})`);
  }
  const c = m.coverage;
  lines.push(
    '',
    `Coverage (scan ${c.scan ?? '—'}): accounts ${c.accounts.assessed}/${c.accounts.known}, regions ${c.regions.assessed}/${c.regions.known}, asset types ${c.assetTypes.assessed}/${c.assetTypes.known}`,
  );
  for (const [what, part] of [
    ['accounts', c.accounts],
    ['regions', c.regions],
    ['asset types', c.assetTypes],
  ] as const)
    if (part.missing.length > 0)
      lines.push(`  not assessed ${what}: ${part.missing.map(safeText).join(', ')}`);
  const unsupported = Object.keys(c.unsupportedTypes);
  if (unsupported.length > 0)
    lines.push(`  resource types present but not assessed: ${unsupported.map(safeText).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export async function runMetrics(opts: MetricsOptions, io: Io): Promise<number> {
  if (!['table', 'json'].includes(opts.format))
    throw new UsageError(`--format: "${opts.format}" is not supported (expected table or json)`);
  const now = resolveNow(opts.at, io.env);
  const windowHours = durationHours(opts.window ?? '30d');
  if (windowHours === undefined || windowHours <= 0)
    throw new UsageError(`--window: "${opts.window}" is not a duration like 30d, 12w or 72h`);
  const sla = slaTargets(opts.sla);
  const index = new ComplianceIndex(loadCatalogDir());
  const wanted = listOption(opts.framework);
  for (const id of wanted ?? [])
    if (index.framework(id) === undefined)
      throw new UsageError(
        `--framework: no framework "${id}" (available: ${index.frameworks.map((f) => f.id).join(', ')})`,
      );
  const frameworks = index.frameworks
    .filter((f) => wanted === undefined || wanted.includes(f.id))
    .map((f) => ({ id: f.id, rules: index.rulesOf(f.id) }));
  const store = openExistingStore(opts.db, io.cwd);
  try {
    syncSuppressionFile(store, opts.suppressions, io, now);
    const history = metricsHistory(store.connection, now.toISOString());
    const metrics = computeMetrics({ now, windowHours, sla, frameworks, ...history });
    const out =
      opts.output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, opts.output));
    await out.write(opts.format === 'json' ? `${JSON.stringify(metrics, null, 2)}\n` : table(metrics));
    await out.end();
    return 0;
  } finally {
    await store.close();
  }
}
