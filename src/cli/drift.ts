/**
 * `parapet baseline approve|list` and `parapet drift`: approve the configuration of every asset of a
 * scan, then list what was added, removed and changed since (or between two scans) with field-level
 * differences and the security-relevant ones marked; `--declared/--deployed` compares an IaC scan
 * with a live or imported one. Drift found is recorded as drift events (`parapet drift --history`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assess, type AssessedAsset } from '../engine/assess.js';
import { ALL_RULES } from '../rules/index.js';
import { readIac } from '../sources/iac/index.js';
import { coversResource } from '../lifecycle/coverage.js';
import { driftBetween, type DriftAsset, type DriftEntry } from '../lifecycle/drift.js';
import { iacDrift, type IacDriftReport } from '../lifecycle/iac-drift.js';
import { UsageError } from '../model/errors.js';
import { fileOutput, streamOutput, type Output } from '../report/output.js';
import { cell, safeText } from '../report/safe-text.js';
import {
  approveBaseline,
  baselineDriftAssets,
  findScan,
  listBaselines,
  listDriftEvents,
  recordDrift,
  scanDriftAssets,
  type ScanRef,
} from '../store/sqlite-drift.js';
import { sinceOf } from './findings.js';
import type { Io } from './io.js';
import { openExistingStore } from './store-access.js';
import { resolveNow } from './time.js';

function outputOf(output: string | undefined, io: Io): Output {
  return output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, output));
}

function checkFormat(format: string): void {
  if (!['table', 'json'].includes(format))
    throw new UsageError(`--format: "${format}" is not supported (expected table or json)`);
}

const show = (v: unknown) => safeText(v === undefined ? '(absent)' : JSON.stringify(v));

export async function runBaselineApprove(
  opts: { db?: string; at?: string; scan?: string; note?: string; format: string },
  io: Io,
): Promise<number> {
  checkFormat(opts.format);
  const now = resolveNow(opts.at, io.env);
  const store = openExistingStore(opts.db, io.cwd);
  try {
    const db = store.connection;
    const scan = findScan(db, opts.scan);
    const b = approveBaseline(
      db,
      scan,
      now.toISOString(),
      `cli (user ${io.env.USER ?? io.env.USERNAME ?? 'unknown'})`,
      opts.note,
    );
    if (opts.format === 'json')
      io.stdout.write(`${JSON.stringify({ schema: 'parapet.baseline/v1', baseline: b }, null, 2)}\n`);
    else
      io.stdout.write(
        `Approved ${b.id}: ${b.assets} asset(s) of scan ${safeText(b.scan)}, at ${b.approvedAt}.\n`,
      );
    return 0;
  } finally {
    await store.close();
  }
}

export async function runBaselineList(opts: { db?: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format);
  const store = openExistingStore(opts.db, io.cwd);
  try {
    const list = listBaselines(store.connection);
    if (opts.format === 'json')
      io.stdout.write(`${JSON.stringify({ schema: 'parapet.baselines/v1', baselines: list }, null, 2)}\n`);
    else if (list.length === 0) io.stdout.write('No baseline approved yet (parapet baseline approve).\n');
    else
      for (const b of list)
        io.stdout.write(
          `${b.id.padEnd(12)} ${b.approvedAt}  scan ${safeText(b.scan)}  ${b.assets} asset(s)  ${safeText(b.approvedBy)}${b.note ? `  ${safeText(b.note)}` : ''}\n`,
        );
    return 0;
  } finally {
    await store.close();
  }
}

export interface DriftOptions {
  db?: string;
  at?: string;
  sinceBaseline?: boolean;
  between?: string[];
  declared?: string;
  /** IaC files or directories to read and assess now, as the declared side. */
  iac?: string[];
  deployed?: string;
  securityOnly?: boolean;
  history?: boolean;
  since?: string;
  record?: boolean;
  format: string;
  output?: string;
}

function covered(target: ScanRef): (a: DriftAsset) => boolean {
  const declared = target.assessment?.coverage.declared ?? [];
  return (a) => coversResource(declared, a);
}

async function renderDrift(
  report: { reference: Record<string, unknown>; target: Record<string, unknown>; entries: DriftEntry[] },
  out: Output,
  format: string,
): Promise<void> {
  const summary = { added: 0, removed: 0, changed: 0, unseen: 0, security: 0 };
  for (const e of report.entries) {
    summary[e.change]++;
    if (e.security) summary.security++;
  }
  if (format === 'json') {
    await out.write(
      `${JSON.stringify({ schema: 'parapet.drift/v1', reference: report.reference, target: report.target, summary, changes: report.entries }, null, 2)}\n`,
    );
    return;
  }
  await out.write(
    `Drift from ${safeText(String(report.reference.id))} to scan ${safeText(String(report.target.id))}: ${summary.added} added, ${summary.removed} removed, ${summary.changed} changed, ${summary.unseen} not seen (outside the scan's coverage); ${summary.security} security-relevant\n`,
  );
  for (const e of report.entries) {
    await out.write(
      `${e.security ? '! ' : '  '}${e.change.padEnd(8)} ${e.type.padEnd(28)} ${cell(e.uid, 90).trimEnd()}\n`,
    );
    for (const f of e.fields)
      await out.write(
        `      ${f.category ? `[${f.category}] ` : ''}${safeText(f.path)}: ${show(f.before)} → ${show(f.after)}\n`,
      );
    for (const f of e.flips) await out.write(`      rule ${f.ruleId}: ${f.before} → ${f.after}\n`);
  }
}

async function renderIacDrift(
  report: IacDriftReport,
  meta: Record<string, unknown>,
  out: Output,
  format: string,
): Promise<void> {
  const drifted = report.matched.filter((m) => m.differences.length > 0 || m.flips.length > 0);
  if (format === 'json') {
    await out.write(
      `${JSON.stringify(
        {
          schema: 'parapet.iac-drift/v1',
          ...meta,
          summary: {
            matched: report.matched.length,
            drifted: drifted.length,
            notDeployed: report.notDeployed.length,
            ambiguous: report.ambiguous.length,
            undeclared: report.undeclared.length,
          },
          ...report,
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  await out.write(
    `Declared (${safeText(String(meta.declared))}) vs deployed (scan ${safeText(String(meta.deployed))}): ${report.matched.length} matched, ${drifted.length} drifted, ${report.notDeployed.length} not deployed, ${report.undeclared.length} undeclared, ${report.ambiguous.length} ambiguous\n`,
  );
  for (const m of drifted) {
    await out.write(
      `! ${safeText(m.declared.file)}#${safeText(m.declared.address)} → ${safeText(m.deployed.uid)} (by ${m.by})\n`,
    );
    for (const d of m.differences)
      await out.write(
        `      [${d.category ?? 'other'}] ${safeText(d.path)}: declared ${show(d.declared)}, deployed ${show(d.deployed)}\n`,
      );
    for (const f of m.flips)
      await out.write(`      rule ${f.ruleId}: declared ${f.before}, deployed ${f.after}\n`);
  }
  for (const n of report.notDeployed) await out.write(`  not deployed: ${safeText(n.uid)}\n`);
  for (const a of report.ambiguous)
    await out.write(`  ambiguous: ${safeText(a.uid)} matches ${a.candidates.map(safeText).join(', ')}\n`);
}

/** The assets IaC under `paths` declares, assessed with every rule (results are not stored). */
async function declaredByIac(paths: readonly string[], io: Io, now: Date): Promise<DriftAsset[]> {
  const full = paths.map((p) => resolve(io.cwd, p));
  for (const [i, p] of full.entries())
    if (!existsSync(p)) throw new UsageError(`--iac: ${paths[i]} does not exist`);
  const run = await readIac(full, { cwd: io.cwd });
  const assessed: AssessedAsset[] = [];
  async function* events() {
    yield await Promise.resolve(run.events);
  }
  await assess(events(), { rules: ALL_RULES, now }, { write: (batch) => void assessed.push(...batch) });
  return assessed.map(({ asset, results }) => ({
    uid: asset.uid,
    type: asset.type,
    provider: asset.provider,
    account: asset.account,
    region: asset.region,
    name: asset.name,
    tags: asset.tags,
    config: asset.config,
    results: Object.fromEntries(results.map((r) => [r.ruleId, r.status])),
  }));
}

export async function runDrift(opts: DriftOptions, io: Io): Promise<number> {
  checkFormat(opts.format);
  const now = resolveNow(opts.at, io.env);
  const modes = [
    opts.sinceBaseline === true,
    opts.between !== undefined,
    opts.declared !== undefined || opts.deployed !== undefined || opts.iac !== undefined,
    opts.history === true,
  ].filter(Boolean).length;
  if (modes > 1)
    throw new UsageError(
      'drift: give one of --since-baseline, --between <scanA> <scanB>, --declared/--deployed, --history',
    );
  const store = openExistingStore(opts.db, io.cwd);
  try {
    const db = store.connection;
    const out = outputOf(opts.output, io);
    if (opts.history === true) {
      const events = listDriftEvents(db, sinceOf(opts.since, now)).filter(
        (e) => !opts.securityOnly || e.security,
      );
      if (opts.format === 'json')
        await out.write(`${JSON.stringify({ schema: 'parapet.drift-events/v1', events }, null, 2)}\n`);
      else if (events.length === 0) await out.write('No drift recorded.\n');
      else
        for (const e of events)
          await out.write(
            `${e.at}  ${e.security ? '!' : ' '} ${e.change.padEnd(8)} ${cell(e.uid, 70).trimEnd()}  ${safeText(e.reference)} → ${safeText(e.target)}${e.fields.length ? `  ${safeText(e.fields.join(', '))}` : ''}\n`,
          );
      await out.end();
      return 0;
    }
    if (opts.declared !== undefined || opts.deployed !== undefined || opts.iac !== undefined) {
      if ((opts.declared === undefined) === (opts.iac === undefined) || opts.deployed === undefined)
        throw new UsageError(
          'drift: give what is declared (--declared <IaC scan> or --iac <path>) and --deployed <live or imported scan>',
        );
      const deployed = findScan(db, opts.deployed);
      let declared: Iterable<DriftAsset>;
      let declaredName: string;
      if (opts.iac !== undefined) {
        declared = await declaredByIac(opts.iac, io, now);
        declaredName = opts.iac.join(', ');
      } else {
        const scan = findScan(db, opts.declared);
        declared = scanDriftAssets(db, scan.seq);
        declaredName = scan.id;
      }
      const report = iacDrift(declared, scanDriftAssets(db, deployed.seq));
      await renderIacDrift(report, { declared: declaredName, deployed: deployed.id }, out, opts.format);
      await out.end();
      return 0;
    }
    let reference: Iterable<DriftAsset>;
    let refMeta: Record<string, unknown>;
    let target: ScanRef;
    if (opts.between !== undefined) {
      if (opts.between.length !== 2)
        throw new UsageError('--between: give two scan ids: --between <scanA> <scanB>');
      const a = findScan(db, opts.between[0]);
      target = findScan(db, opts.between[1]);
      reference = scanDriftAssets(db, a.seq);
      refMeta = { kind: 'scan', id: a.id, at: a.startedAt };
    } else {
      const baselines = listBaselines(db);
      const b = baselines.at(-1);
      if (b === undefined)
        throw new UsageError(
          'drift: no baseline approved yet (run parapet baseline approve, or use --between <scanA> <scanB>)',
        );
      target = findScan(db);
      reference = baselineDriftAssets(db, b);
      refMeta = { kind: 'baseline', id: b.id, at: b.approvedAt, scan: b.scan };
    }
    let entries = driftBetween(reference, scanDriftAssets(db, target.seq), covered(target));
    if (opts.record !== false) recordDrift(db, entries, now.toISOString(), String(refMeta.id), target.id);
    if (opts.securityOnly) entries = entries.filter((e) => e.security);
    await renderDrift(
      { reference: refMeta, target: { id: target.id, at: target.startedAt }, entries },
      out,
      opts.format,
    );
    await out.end();
    return 0;
  } finally {
    await store.close();
  }
}
