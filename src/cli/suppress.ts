/**
 * `parapet suppress add|list|remove`: edit the suppression file and apply it to the stored findings at
 * once (muting, unmuting), each change recorded in the store's audit log with who made it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { durationHours } from '../lifecycle/duration.js';
import {
  isActive,
  SUPPRESSION_KINDS,
  type Suppression,
  type SuppressionCondition,
} from '../lifecycle/suppressions.js';
import { UsageError } from '../model/errors.js';
import { cell, safeText } from '../report/safe-text.js';
import type { Io } from './io.js';
import { DEFAULT_DB } from './paths.js';
import { listOption, openExistingStore } from './store-access.js';
import {
  addSuppression,
  readSuppressionFile,
  removeSuppression,
  suppressionFilePath,
} from './suppression-file.js';
import { resolveNow } from './time.js';

export interface SuppressAddOptions {
  id?: string;
  rule?: string[];
  account?: string[];
  region?: string[];
  type?: string[];
  resource?: string[];
  severity?: string[];
  tag?: string[];
  anyTag?: string[];
  reason?: string;
  owner?: string;
  kind?: string;
  expires?: string;
  suppressions?: string;
  db?: string;
  at?: string;
}

function tags(values: string[] | undefined, flag: string): Record<string, string> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag}: "${v}" is not key=value`);
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

const one = (list: string[] | undefined) =>
  list === undefined ? undefined : list.length === 1 ? list[0]! : list;

/** The actor named in the audit log for changes made from the command line. */
function actorOf(io: Io): string {
  return `cli (user ${io.env.USER ?? io.env.USERNAME ?? 'unknown'})`;
}

/** Apply the file's entries to the store, when there is one; returns a line saying what changed. */
async function applyToStore(
  db: string | undefined,
  io: Io,
  suppressions: Suppression[],
  now: Date,
  actor: string,
): Promise<string> {
  const path = resolve(io.cwd, db ?? DEFAULT_DB);
  if (db === undefined && !existsSync(path)) return 'no store yet: findings are muted when scanned';
  const store = openExistingStore(db, io.cwd);
  try {
    const r = store.applySuppressions(suppressions, now, actor);
    return `${r.muted} finding(s) muted, ${r.unmuted} unmuted, ${r.expired} reopened on expiry`;
  } finally {
    await store.close();
  }
}

export async function runSuppressAdd(opts: SuppressAddOptions, io: Io): Promise<number> {
  const now = resolveNow(opts.at, io.env);
  if (opts.reason === undefined || opts.reason.trim() === '')
    throw new UsageError('suppress add: --reason is required');
  if (opts.owner === undefined || opts.owner.trim() === '')
    throw new UsageError('suppress add: --owner is required');
  if (opts.kind === undefined || !(SUPPRESSION_KINDS as readonly string[]).includes(opts.kind))
    throw new UsageError(`suppress add: --kind must be one of ${SUPPRESSION_KINDS.join(', ')}`);
  const match: SuppressionCondition = {};
  const fields = ['rule', 'account', 'region', 'type', 'resource', 'severity'] as const;
  for (const f of fields) {
    const v = one(listOption(opts[f]));
    if (v !== undefined) match[f] = v;
  }
  const t = tags(opts.tag, '--tag');
  if (t !== undefined) match.tags = t;
  const at = tags(opts.anyTag, '--any-tag');
  if (at !== undefined) match.anyTags = at;
  if (Object.keys(match).length === 0)
    throw new UsageError(
      'suppress add: give at least one of --rule, --account, --region, --type, --resource, --severity, --tag, --any-tag',
    );
  let expires: string | undefined;
  if (opts.expires !== undefined) {
    const hours = durationHours(opts.expires);
    const d = hours !== undefined ? new Date(now.getTime() + hours * 3_600_000) : new Date(opts.expires);
    if (Number.isNaN(d.getTime()) || (hours === undefined && !/^\d{4}-\d{2}-\d{2}/.test(opts.expires)))
      throw new UsageError(
        `--expires: "${opts.expires}" is neither an ISO date/time nor a duration like 30d`,
      );
    expires = d.toISOString();
  }
  const id =
    opts.id ??
    `${typeof match.rule === 'string' ? match.rule.replace(/[^A-Za-z0-9._-]/g, '') : 'suppression'}-${createHash('sha256').update(JSON.stringify(match)).digest('hex').slice(0, 8)}`;
  const entry: Suppression = {
    id,
    reason: opts.reason,
    owner: opts.owner,
    kind: opts.kind as Suppression['kind'],
    created: now.toISOString(),
    match,
    ...(expires === undefined ? {} : { expires }),
  };
  const path = suppressionFilePath(opts.suppressions, io.cwd);
  const all = addSuppression(path, entry);
  const summary = await applyToStore(opts.db, io, all, now, actorOf(io));
  io.stdout.write(`Added suppression ${safeText(id)} to ${safeText(path)}; ${summary}.\n`);
  return 0;
}

export async function runSuppressRemove(
  id: string,
  opts: { suppressions?: string; db?: string; at?: string },
  io: Io,
): Promise<number> {
  const now = resolveNow(opts.at, io.env);
  const path = suppressionFilePath(opts.suppressions, io.cwd);
  const { left } = removeSuppression(path, id);
  const summary = await applyToStore(opts.db, io, left, now, actorOf(io));
  io.stdout.write(`Removed suppression ${safeText(id)} from ${safeText(path)}; ${summary}.\n`);
  return 0;
}

export async function runSuppressList(
  opts: { suppressions?: string; db?: string; at?: string; format: string },
  io: Io,
): Promise<number> {
  if (!['table', 'json'].includes(opts.format))
    throw new UsageError(`--format: "${opts.format}" is not supported (expected table or json)`);
  const now = resolveNow(opts.at, io.env);
  const file = readSuppressionFile(
    suppressionFilePath(opts.suppressions, io.cwd),
    opts.suppressions !== undefined,
  );
  const muted = new Map<string, number>();
  const path = resolve(io.cwd, opts.db ?? DEFAULT_DB);
  if (existsSync(path)) {
    const store = openExistingStore(opts.db, io.cwd);
    try {
      store.applySuppressions(file.exists ? file.suppressions : undefined, now, `file ${file.path}`);
      for (const f of store.findings({ states: ['muted'] }))
        if (f.suppression) muted.set(f.suppression.id, (muted.get(f.suppression.id) ?? 0) + 1);
    } finally {
      await store.close();
    }
  }
  const rows = file.suppressions.map((s) => ({
    ...s,
    status: isActive(s, now) ? 'active' : 'expired',
    mutedFindings: muted.get(s.id) ?? 0,
  }));
  if (opts.format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ schema: 'parapet.suppressions/v1', file: file.path, suppressions: rows }, null, 2)}\n`,
    );
    return 0;
  }
  if (rows.length === 0) {
    io.stdout.write(`No suppressions in ${safeText(file.path)}.\n`);
    return 0;
  }
  io.stdout.write(
    `${'ID'.padEnd(30)} ${'KIND'.padEnd(13)} ${'STATUS'.padEnd(7)} ${'MUTED'.padEnd(6)} ${'EXPIRES'.padEnd(10)} ${'OWNER'.padEnd(20)} REASON\n`,
  );
  for (const r of rows)
    io.stdout.write(
      `${cell(r.id, 30)} ${r.kind.padEnd(13)} ${r.status.padEnd(7)} ${String(r.mutedFindings).padEnd(6)} ${(r.expires ?? 'never').slice(0, 10).padEnd(10)} ${cell(r.owner, 20)} ${cell(r.reason, 60).trimEnd()}\n`,
    );
  return 0;
}
