/**
 * Renderers for findings over time (`parapet findings`): the `parapet.findings/v1` JSON (DESIGN.md),
 * CSV and the terminal table, and one finding with its history (`parapet findings show`). Every
 * string from the estate goes through safeText in the table; CSV cells that a spreadsheet would run
 * as a formula are neutralised.
 */
import type { ComplianceIndex } from '../frameworks/catalog.js';
import type { Finding } from '../model/finding.js';
import type { AnyRule } from '../rules/api.js';
import type { FindingEvent, StoredFinding } from '../store/sqlite-findings.js';
import { toFinding, type FindingGovernance } from './finding.js';
import { exposurePathOf, factorSum } from './table.js';
import type { Output } from './output.js';
import { cell, safeText } from './safe-text.js';

export const FINDINGS_SCHEMA = 'parapet.findings/v1';

/** A finding of `parapet.findings/v1`: the scan finding's fields and its lifecycle. */
export interface FindingOverTime extends Omit<Finding, 'status'> {
  status: Finding['status'];
  state: StoredFinding['state'];
  firstSeen: string;
  lastSeen: string;
  resolvedAt?: string;
  removedAt?: string;
  reopenedCount: number;
  firstScan: string;
  lastScan: string;
  suppression?: { id: string; kind: string; reason?: string; owner?: string; expires?: string };
  history?: FindingEvent[];
}

export interface FindingsContext {
  rules: ReadonlyMap<string, AnyRule>;
  compliance: ComplianceIndex;
  /** Suppressions by id, to show a muted finding's reason, owner and expiry. */
  suppressions?: ReadonlyMap<string, { reason: string; owner: string; expires?: string }>;
  /** Owners and due dates (docs/governance.md). */
  governance?: FindingGovernance;
}

/** A stored finding as `parapet.findings/v1` JSON. */
export function findingOverTime(f: StoredFinding, ctx: FindingsContext): FindingOverTime {
  const base = toFinding(
    {
      findingId: f.id,
      ruleId: f.ruleId,
      status: f.status,
      severity: f.severity,
      message: f.message,
      evidence: f.evidence,
      risk: f.risk,
      resource: f.resource,
      firstSeen: f.firstSeen,
      lastSeen: f.lastSeen,
      state: f.state,
    },
    ctx.rules.get(f.ruleId),
    ctx.compliance,
    ctx.governance,
  );
  const out: FindingOverTime = {
    ...base,
    status: f.state === 'muted' ? 'muted' : base.status,
    state: f.state,
    firstSeen: f.firstSeen,
    lastSeen: f.lastSeen,
    reopenedCount: f.reopenedCount,
    firstScan: f.firstScan,
    lastScan: f.lastScan,
  };
  if (f.resolvedAt !== undefined) out.resolvedAt = f.resolvedAt;
  if (f.removedAt !== undefined) out.removedAt = f.removedAt;
  if (f.suppression !== undefined) {
    const s = ctx.suppressions?.get(f.suppression.id);
    out.suppression = { ...f.suppression };
    if (s !== undefined) {
      out.suppression.reason = s.reason;
      out.suppression.owner = s.owner;
      if (s.expires !== undefined) out.suppression.expires = s.expires;
    }
  }
  return out;
}

/** Stream `parapet.findings/v1`. */
export async function renderFindingsJson(
  findings: Iterable<FindingOverTime>,
  out: Output,
  meta: { at: string; filter: Record<string, unknown> },
): Promise<void> {
  await out.write(
    `{\n  "schema": "${FINDINGS_SCHEMA}",\n  "at": ${JSON.stringify(meta.at)},\n  "filter": ${JSON.stringify(meta.filter)},\n  "findings": [`,
  );
  let first = true;
  for (const f of findings) {
    await out.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(f, null, 2).replace(/\n/g, '\n    ')}`);
    first = false;
  }
  await out.write(first ? ']\n}\n' : '\n  ]\n}\n');
}

/** One CSV cell: quoted when needed; a leading `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'id',
  'state',
  'status',
  'severity',
  'riskScore',
  'ruleId',
  'title',
  'provider',
  'account',
  'region',
  'resourceType',
  'resourceUid',
  'resourceName',
  'owner',
  'dueAt',
  'firstSeen',
  'lastSeen',
  'resolvedAt',
  'reopenedCount',
  'suppression',
  'message',
] as const;

export async function renderFindingsCsv(findings: Iterable<FindingOverTime>, out: Output): Promise<void> {
  await out.write(`${CSV_COLUMNS.join(',')}\n`);
  for (const f of findings) {
    const row = [
      f.id,
      f.state,
      f.status,
      f.severity,
      f.risk.score,
      f.ruleId,
      f.title,
      f.resource.provider,
      f.resource.account,
      f.resource.region,
      f.resource.type,
      f.resource.uid,
      f.resource.name,
      f.owner,
      f.dueAt,
      f.firstSeen,
      f.lastSeen,
      f.resolvedAt,
      f.reopenedCount,
      f.suppression?.id,
      f.message,
    ];
    await out.write(`${row.map(csvCell).join(',')}\n`);
  }
}

export async function renderFindingsTable(
  findings: Iterable<FindingOverTime>,
  out: Output,
  options: { total?: number } = {},
): Promise<void> {
  const width = Math.max(100, Math.min(out.columns, 200));
  const ruleW = Math.floor(width * 0.28);
  const resW = width - ruleW - 12 - 9 - 9 - 11 - 11 - 7;
  await out.write(
    `${'ID'.padEnd(12)} ${'STATE'.padEnd(8)} ${'SEVERITY'.padEnd(8)} ${'RULE'.padEnd(ruleW)} ${'RESOURCE'.padEnd(resW)} ${'FIRST SEEN'.padEnd(10)} LAST SEEN\n`,
  );
  let n = 0;
  for (const f of findings) {
    n++;
    const resource = `${f.resource.account}/${f.resource.name || f.resource.uid}`;
    await out.write(
      `${f.id.slice(0, 12)} ${f.state.padEnd(8)} ${f.severity.padEnd(8)} ${cell(f.ruleId, ruleW)} ${cell(resource, resW)} ${f.firstSeen.slice(0, 10)} ${f.lastSeen.slice(0, 10)}\n`,
    );
  }
  await out.write(
    n === 0
      ? 'No findings match.\n'
      : `${n} finding(s)${options.total === undefined ? '' : ` of ${options.total}`}\n`,
  );
}

/** One finding with its history, for a person. */
export async function renderFindingDetail(f: FindingOverTime, out: Output): Promise<void> {
  const lines = [
    `${safeText(f.title)} (${f.ruleId})`,
    `  id:         ${f.id}`,
    `  state:      ${f.state}${f.suppression ? ` by suppression ${safeText(f.suppression.id)} (${f.suppression.kind}${f.suppression.reason ? `: ${safeText(f.suppression.reason)}` : ''})` : ''}`,
    `  severity:   ${f.severity}   risk: ${f.risk.score}`,
    `  resource:   ${safeText(f.resource.uid)}`,
    `              ${f.resource.type} in ${safeText(f.resource.account)} ${safeText(f.resource.region)}`,
    `  message:    ${safeText(f.message)}`,
    `  first seen: ${f.firstSeen} (scan ${f.firstScan})`,
    `  last seen:  ${f.lastSeen} (scan ${f.lastScan})`,
  ];
  if (f.resolvedAt !== undefined) lines.push(`  resolved:   ${f.resolvedAt}`);
  if (f.owner !== undefined) lines.push(`  owner:      ${safeText(f.owner)}`);
  if (f.dueAt !== undefined) lines.push(`  due:        ${f.dueAt}`);
  if (f.risk.factors.length > 0)
    lines.push(`  risk:       ${f.risk.score} = ${safeText(factorSum(f.risk.factors))}`);
  const path = exposurePathOf(f.risk.factors);
  if (path !== undefined) lines.push(`  exposed:    ${safeText(path)}`);
  if (f.kind === 'combination')
    lines.push(
      `  combines:   ${(f.components ?? []).join(', ') || '(no component failed in the same scan)'}`,
    );
  lines.push(`  reopened:   ${f.reopenedCount} time(s)`, '', 'History:');
  for (const e of f.history ?? []) {
    const raw = e.detail?.reason ?? e.detail?.suppression;
    const detail = typeof raw === 'string' ? raw : undefined;
    lines.push(
      `  ${e.at}  ${e.kind.padEnd(9)} → ${e.state.padEnd(9)} ${safeText(e.actor)}${detail === undefined ? '' : `  (${safeText(String(detail))})`}`,
    );
  }
  if (f.remediation.text) lines.push('', `Remediation: ${safeText(f.remediation.text)}`);
  await out.write(`${lines.join('\n')}\n`);
}
