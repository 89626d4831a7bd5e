/**
 * `parapet findings` (list findings over time with their lifecycle state) and `parapet findings show
 * <id>` (one finding with its history). Suppressions in force are applied first, so an expired one
 * shows its findings reopened without waiting for the next scan.
 */
import { resolve } from 'node:path';
import { ComplianceIndex, loadCatalogDir } from '../frameworks/catalog.js';
import { durationHours } from '../lifecycle/duration.js';
import { isOverdue } from '../lifecycle/governance.js';
import { loadConfig } from './config.js';
import { UsageError } from '../model/errors.js';
import { isSeverity, SEVERITIES, type Severity } from '../model/severity.js';
import {
  findingOverTime,
  renderFindingDetail,
  renderFindingsCsv,
  renderFindingsJson,
  renderFindingsTable,
  type FindingOverTime,
  type FindingsContext,
} from '../report/findings-report.js';
import { fileOutput, streamOutput, type Output } from '../report/output.js';
import { ALL_RULES } from '../rules/index.js';
import { FINDING_SORTS, type FindingFilter, type FindingSort } from '../store/sqlite-findings.js';
import { FINDING_STATES, type FindingState } from '../store/sqlite-lifecycle.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { Io } from './io.js';
import { listOption, openExistingStore } from './store-access.js';
import { readSuppressionFile, suppressionFilePath } from './suppression-file.js';
import { resolveNow } from './time.js';

export const FINDINGS_FORMATS = ['table', 'json', 'csv'] as const;
export const STATUS_CHOICES = ['open', 'resolved', 'reopened', 'muted', 'removed', 'all'] as const;

export interface FindingsOptions {
  db?: string;
  at?: string;
  status?: string[];
  severity?: string[];
  rule?: string[];
  account?: string[];
  owner?: string[];
  since?: string;
  sort?: string;
  limit?: string;
  format: string;
  output?: string;
  suppressions?: string;
  /** Only open findings past their due date. */
  overdue?: boolean;
}

/** `--status` values to stored states: `open` means open and reopened (DESIGN.md); `resolved` includes removed. */
export function statesOf(status: readonly string[] | undefined): FindingState[] | undefined {
  const list = status ?? ['open'];
  if (list.includes('all')) return undefined;
  const states = new Set<FindingState>();
  for (const s of list) {
    if (!(STATUS_CHOICES as readonly string[]).includes(s))
      throw new UsageError(`--status: "${s}" is not a status (expected one of ${STATUS_CHOICES.join(', ')})`);
    if (s === 'open') states.add('open').add('reopened');
    else if (s === 'resolved') states.add('resolved').add('removed');
    else states.add(s as FindingState);
  }
  return [...states].filter((s) => (FINDING_STATES as readonly string[]).includes(s));
}

/** `--since`: an ISO time, or a duration before now (`7d`). */
export function sinceOf(since: string | undefined, now: Date): string | undefined {
  if (since === undefined) return undefined;
  const hours = durationHours(since);
  if (hours !== undefined) return new Date(now.getTime() - hours * 3_600_000).toISOString();
  const d = new Date(since);
  if (!/^\d{4}-\d{2}-\d{2}/.test(since) || Number.isNaN(d.getTime()))
    throw new UsageError(`--since: "${since}" is neither an ISO time nor a duration like 7d or 12h`);
  return d.toISOString();
}

/**
 * Apply the suppression file to the store (muting, unmuting, expiry) and return its entries by id,
 * for commands that show findings.
 */
export function syncSuppressionFile(
  store: SqliteStore,
  explicit: string | undefined,
  io: Io,
  now: Date,
): FindingsContext['suppressions'] {
  const file = readSuppressionFile(suppressionFilePath(explicit, io.cwd), explicit !== undefined);
  // No file here: the suppressions last applied to the store stay in force (expiry included).
  const list = file.exists ? file.suppressions : store.storedSuppressions();
  store.applySuppressions(file.exists ? file.suppressions : undefined, now, `file ${file.path}`);
  return new Map(list.map((s) => [s.id, s]));
}

/**
 * The findings context: rules, compliance, suppressions, and governance (config in the working
 * directory; scope owners from the latest scan).
 */
export async function findingsContext(
  store: SqliteStore,
  suppressions: FindingsContext['suppressions'],
  io: Io,
): Promise<FindingsContext> {
  const latest = await store.latestScan();
  return {
    rules: new Map(ALL_RULES.map((r) => [r.id, r])),
    compliance: new ComplianceIndex(loadCatalogDir()),
    ...(suppressions === undefined ? {} : { suppressions }),
    governance: {
      config: loadConfig(undefined, io.cwd).governance,
      scopeOwners: latest?.assessment?.scopeOwners ?? {},
    },
  };
}

function outputOf(opts: { output?: string }, io: Io): Output {
  return opts.output === undefined ? streamOutput(io.stdout) : fileOutput(resolve(io.cwd, opts.output));
}

export async function runFindings(opts: FindingsOptions, io: Io): Promise<number> {
  if (!(FINDINGS_FORMATS as readonly string[]).includes(opts.format))
    throw new UsageError(
      `--format: "${opts.format}" is not supported (expected one of ${FINDINGS_FORMATS.join(', ')})`,
    );
  const now = resolveNow(opts.at, io.env);
  const severities = listOption(opts.severity)?.map((s): Severity => {
    if (!isSeverity(s))
      throw new UsageError(`--severity: "${s}" is not a severity (expected one of ${SEVERITIES.join(', ')})`);
    return s;
  });
  const sort = opts.sort ?? 'risk';
  if (!(FINDING_SORTS as readonly string[]).includes(sort))
    throw new UsageError(`--sort: "${sort}" is not an order (expected one of ${FINDING_SORTS.join(', ')})`);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    throw new UsageError(`--limit: "${opts.limit}" is not a positive whole number`);
  const states = statesOf(listOption(opts.status));
  const filter: FindingFilter = { sort: sort as FindingSort };
  if (states !== undefined) filter.states = states;
  if (severities !== undefined) filter.severities = severities;
  const rules = listOption(opts.rule);
  if (rules !== undefined) filter.rules = rules;
  const accounts = listOption(opts.account);
  if (accounts !== undefined) filter.accounts = accounts;
  // Owners are resolved by governance (tag, parent, account default, fallback), so they filter after.
  const owners = listOption(opts.owner);
  const since = sinceOf(opts.since, now);
  if (since !== undefined) filter.since = since;
  const postFilter = owners !== undefined || opts.overdue === true;
  if (limit !== undefined && !postFilter) filter.limit = limit;

  const store = openExistingStore(opts.db, io.cwd);
  try {
    const ctx = await findingsContext(store, syncSuppressionFile(store, opts.suppressions, io, now), io);
    const findings = (function* () {
      let n = 0;
      for (const f of store.findings(filter)) {
        const out = findingOverTime(f, ctx);
        if (opts.overdue === true && !isOverdue(out, now)) continue;
        if (owners !== undefined && !owners.includes(out.owner ?? 'unassigned')) continue;
        if (postFilter && limit !== undefined && n++ >= limit) return;
        yield out;
      }
    })();
    const out = outputOf(opts, io);
    if (opts.format === 'json') {
      const shown: Record<string, unknown> = { ...filter, status: listOption(opts.status) ?? ['open'] };
      delete shown.states;
      await renderFindingsJson(findings, out, { at: now.toISOString(), filter: shown });
    } else if (opts.format === 'csv') await renderFindingsCsv(findings, out);
    else await renderFindingsTable(findings, out);
    await out.end();
    return 0;
  } finally {
    await store.close();
  }
}

export interface FindingShowOptions {
  db?: string;
  at?: string;
  format: string;
  output?: string;
  suppressions?: string;
}

export async function runFindingShow(id: string, opts: FindingShowOptions, io: Io): Promise<number> {
  if (!['table', 'json'].includes(opts.format))
    throw new UsageError(`--format: "${opts.format}" is not supported (expected table or json)`);
  const now = resolveNow(opts.at, io.env);
  const store = openExistingStore(opts.db, io.cwd);
  try {
    const ctx = await findingsContext(store, syncSuppressionFile(store, opts.suppressions, io, now), io);
    const full = store.resolveFindingId(id);
    if (full === undefined)
      throw new UsageError(`findings show: no single finding with id "${id}" in the store`);
    const [stored] = [...store.findings({ ids: [full] })];
    if (stored === undefined) throw new UsageError(`findings show: finding "${id}" has no stored resource`);
    const f: FindingOverTime = { ...findingOverTime(stored, ctx), history: store.findingEvents(full) };
    const out = outputOf(opts, io);
    if (opts.format === 'json')
      await out.write(`${JSON.stringify({ schema: 'parapet.finding/v1', finding: f }, null, 2)}\n`);
    else await renderFindingDetail(f, out);
    await out.end();
    return 0;
  } finally {
    await store.close();
  }
}
