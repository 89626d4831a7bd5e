/**
 * Governance, pure: who owns a finding and when it is due. The owner comes from the resource's owner
 * tag, else its parent's (Azure subscription, GCP project then its folders and organisation, the AWS
 * account's asset), else the configured default owner of the account/subscription/project, else the
 * fallback owner; otherwise the finding is unassigned. Due dates are first seen + the SLA of the
 * severity (+ an optional grace period). Time comes from the caller.
 */
import type { Provider } from '../model/asset.js';
import type { Severity } from '../model/severity.js';
import { DEFAULT_SLA_HOURS, type SlaTargets } from './metrics.js';

export { DEFAULT_SLA_HOURS };

export interface GovernanceConfig {
  /** Default owner per AWS account id, Azure subscription id or GCP project id. */
  accountOwners: Readonly<Record<string, string>>;
  /** Owner of whatever nothing else assigns; unset leaves such findings unassigned. */
  fallbackOwner?: string;
  /** Hours to remediate, by severity (severities without a target get no due date). */
  sla: SlaTargets;
  /** Hours added to every due date. */
  graceHours: number;
}

export const DEFAULT_GOVERNANCE: GovernanceConfig = {
  accountOwners: {},
  sla: DEFAULT_SLA_HOURS,
  graceHours: 0,
};

/** The owner a scope's parent asset carries (from its tags, or its own parents'), by `provider:account`. */
export type ScopeOwners = Readonly<Record<string, { owner: string; via: string }>>;

export type OwnerSource = 'resource' | 'parent' | 'account' | 'fallback';

export interface Ownership {
  owner: string;
  source: OwnerSource;
  /** What gave the owner: `tag`, `azure subscription …`, `account default (config)`, `fallback (config)`. */
  via: string;
}

export interface OwnedResource {
  provider: Provider;
  account: string;
  context: { owner?: string };
}

/**
 * The owner of a resource, searched resource → parent → account default → fallback.
 * @example ownerOf({ provider: 'aws', account: '1', context: {} }, {}, { ...DEFAULT_GOVERNANCE, fallbackOwner: 'secops' })
 * // { owner: 'secops', source: 'fallback', via: 'fallback owner (config)' }
 */
export function ownerOf(r: OwnedResource, scopes: ScopeOwners, cfg: GovernanceConfig): Ownership | undefined {
  if (r.context.owner !== undefined) return { owner: r.context.owner, source: 'resource', via: 'owner tag' };
  const parent = Object.hasOwn(scopes, `${r.provider}:${r.account}`)
    ? scopes[`${r.provider}:${r.account}`]
    : undefined;
  if (parent !== undefined) return { owner: parent.owner, source: 'parent', via: parent.via };
  if (Object.hasOwn(cfg.accountOwners, r.account))
    return {
      owner: cfg.accountOwners[r.account]!,
      source: 'account',
      via: `default owner of ${r.account} (config)`,
    };
  if (cfg.fallbackOwner !== undefined)
    return { owner: cfg.fallbackOwner, source: 'fallback', via: 'fallback owner (config)' };
  return undefined;
}

/**
 * When a finding is due: first seen + the severity's SLA + grace; undefined without a target.
 * @example dueAt('critical', '2026-11-01T00:00:00.000Z', DEFAULT_GOVERNANCE) // '2026-11-03T00:00:00.000Z'
 */
export function dueAt(severity: Severity, firstSeen: string, cfg: GovernanceConfig): string | undefined {
  const hours = cfg.sla[severity];
  const start = Date.parse(firstSeen);
  if (hours === undefined || Number.isNaN(start)) return undefined;
  return new Date(start + (hours + cfg.graceHours) * 3_600_000).toISOString();
}

const OPEN = new Set(['open', 'reopened', undefined]);

/** Open (or not yet stored) and past its due date at `now`. */
export function isOverdue(f: { dueAt?: string; state?: string }, now: Date): boolean {
  return f.dueAt !== undefined && OPEN.has(f.state) && Date.parse(f.dueAt) < now.getTime();
}

export interface OwnerSummary {
  /** Null for findings no one owns. */
  owner: string | null;
  open: number;
  onTime: number;
  overdue: number;
  /** Open findings without an SLA (info). */
  noSla: number;
  /** The highest risk among its open findings. */
  maxRisk: number;
}

/**
 * Per owner: open findings, on time, overdue; unassigned findings under `owner: null`. Sorted by
 * overdue, then open, then owner.
 */
export function governanceSummary(
  findings: Iterable<{ owner?: string; dueAt?: string; state?: string; risk: { score: number } }>,
  now: Date,
): { owners: OwnerSummary[]; totals: Omit<OwnerSummary, 'owner'> & { unassigned: number } } {
  const by = new Map<string | null, OwnerSummary>();
  const totals = { open: 0, onTime: 0, overdue: 0, noSla: 0, maxRisk: 0, unassigned: 0 };
  for (const f of findings) {
    if (!OPEN.has(f.state)) continue;
    const key = f.owner ?? null;
    let s = by.get(key);
    if (s === undefined) {
      s = { owner: key, open: 0, onTime: 0, overdue: 0, noSla: 0, maxRisk: 0 };
      by.set(key, s);
    }
    const kind = f.dueAt === undefined ? 'noSla' : isOverdue(f, now) ? 'overdue' : 'onTime';
    for (const t of [s, totals]) {
      t.open++;
      t[kind]++;
      t.maxRisk = Math.max(t.maxRisk, f.risk.score);
    }
    if (key === null) totals.unassigned++;
  }
  const owners = [...by.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || (a.owner ?? '~').localeCompare(b.owner ?? '~'),
  );
  return { owners, totals };
}
