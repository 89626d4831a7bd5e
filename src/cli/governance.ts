/**
 * `parapet governance`: open findings per owner — on time, overdue, no SLA — with the unassigned ones
 * under "(unassigned)", from the store, owners and due dates resolved as `parapet findings` does.
 */
import { resolve } from 'node:path';
import { governanceSummary } from '../lifecycle/governance.js';
import { UsageError } from '../model/errors.js';
import { findingOverTime } from '../report/findings-report.js';
import { fileOutput, streamOutput } from '../report/output.js';
import { cell } from '../report/safe-text.js';
import type { Io } from './io.js';
import { findingsContext, syncSuppressionFile } from './findings.js';
import { openExistingStore } from './store-access.js';
import { resolveNow } from './time.js';

export const GOVERNANCE_SCHEMA = 'parapet.governance/v1';

export interface GovernanceOptions {
  db?: string;
  at?: string;
  format: string;
  output?: string;
  suppressions?: string;
}

export async function runGovernance(opts: GovernanceOptions, io: Io): Promise<number> {
  if (!['table', 'json'].includes(opts.format))
    throw new UsageError(`--format: "${opts.format}" is not supported (expected table or json)`);
  const now = resolveNow(opts.at, io.env);
  const store = openExistingStore(opts.db, io.cwd);
  try {
    const ctx = await findingsContext(store, syncSuppressionFile(store, opts.suppressions, io, now), io);
    const open = (function* () {
      for (const f of store.findings({ states: ['open', 'reopened'] })) yield findingOverTime(f, ctx);
    })();
    const summary = governanceSummary(open, now);
    const out =
      opts.output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, opts.output));
    if (opts.format === 'json') {
      await out.write(
        `${JSON.stringify({ schema: GOVERNANCE_SCHEMA, at: now.toISOString(), sla: ctx.governance?.config.sla, graceHours: ctx.governance?.config.graceHours, ...summary }, null, 2)}\n`,
      );
    } else {
      const lines = [
        `Open findings by owner at ${now.toISOString()}: ${summary.totals.open} open, ${summary.totals.overdue} overdue, ${summary.totals.unassigned} unassigned`,
        '',
        `  ${'OWNER'.padEnd(40)}  ${'OPEN'.padStart(5)}  ${'ON TIME'.padStart(7)}  ${'OVERDUE'.padStart(7)}  ${'NO SLA'.padStart(6)}  MAX RISK`,
        ...summary.owners.map(
          (o) =>
            `  ${cell(o.owner ?? '(unassigned)', 40)}  ${String(o.open).padStart(5)}  ${String(o.onTime).padStart(7)}  ${String(o.overdue).padStart(7)}  ${String(o.noSla).padStart(6)}  ${o.maxRisk}`,
        ),
      ];
      await out.write(`${lines.join('\n')}\n`);
    }
    await out.end();
    return 0;
  } finally {
    await store.close();
  }
}
