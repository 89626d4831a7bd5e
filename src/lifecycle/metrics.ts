/**
 * Program metrics, pure (docs/metrics.md defines each figure): MTTD, MTTR by severity, SLA attainment,
 * open-finding trend, recurrence, compliance score trend per framework, and coverage — all computed
 * from the stored history (finding events, scans) with the caller's "now", so tests pin exact values.
 */
import { SEVERITIES, type Severity } from '../model/severity.js';

export const METRICS_SCHEMA = 'parapet.metrics/v1';

/** Default remediation targets in hours: critical 48 h, high 7 days, medium 30 days, low 90 days. */
export const DEFAULT_SLA_HOURS: Record<Exclude<Severity, 'info'>, number> = {
  critical: 48,
  high: 7 * 24,
  medium: 30 * 24,
  low: 90 * 24,
};
export type SlaTargets = Partial<Record<Severity, number>>;

export interface MetricsEvent {
  findingId: string;
  at: string;
  kind: string;
  state: string;
  /** Set for events made by a scan. */
  scan?: string;
  /** Suppression kind for `muted` events. */
  mutedKind?: string;
}

export interface MetricsFinding {
  id: string;
  ruleId: string;
  severity: Severity;
  uid: string;
}

export interface Detection {
  findingId: string;
  at: string;
  /** The provider's change time of the configuration detected (AWS Config capture time, CAI updateTime). */
  changedAt?: string;
  /** When a scan first saw the configuration (asset version) detected. */
  firstSeenAt: string;
}

export interface MetricsScan {
  id: string;
  at: string;
  scopes: { provider: string; account: string; region?: string }[];
  assetTypes: Record<string, number>;
  unsupportedTypes: Record<string, number>;
  /** Per rule: passing and failing results in this scan. */
  ruleResults: Record<string, { pass: number; fail: number }>;
  /** Failing finding ids of this scan (to count muted ones as the suppression's kind says). */
  failing: Set<string>;
}

export interface MetricsInput {
  now: Date;
  windowHours: number;
  sla: SlaTargets;
  findings: Map<string, MetricsFinding>;
  /** Every finding event, oldest first. */
  events: MetricsEvent[];
  detections: Detection[];
  /** Every complete or partial scan, oldest first. */
  scans: MetricsScan[];
  frameworks: { id: string; rules: ReadonlySet<string> }[];
}

type BySeverity<T> = Record<Severity, T>;

export interface Metrics {
  schema: typeof METRICS_SCHEMA;
  window: { from: string; to: string };
  mttd: {
    hours: number | null;
    bySeverity: BySeverity<number | null>;
    detections: number;
    fromProviderTime: number;
  };
  mttr: { hours: number | null; bySeverity: BySeverity<number | null>; resolved: number };
  sla: {
    targets: SlaTargets;
    attainment: number | null;
    bySeverity: Partial<BySeverity<{ met: number; missed: number; attainment: number | null }>>;
  };
  recurrenceRate: number | null;
  recurrence: {
    resolved: number;
    reopened: number;
    topRules: { ruleId: string; reopened: number }[];
    topResources: { uid: string; reopened: number }[];
  };
  openTrend: { scan: string; at: string; open: number; bySeverity: BySeverity<number> }[];
  compliance: Record<string, { scan: string; at: string; score: number | null }[]>;
  coverage: {
    scan: string | null;
    accounts: { assessed: number; known: number; missing: string[] };
    regions: { assessed: number; known: number; missing: string[] };
    assetTypes: { assessed: number; known: number; missing: string[] };
    unsupportedTypes: Record<string, number>;
  };
}

const HOUR = 3_600_000;
const round = (n: number) => Math.round(n * 100) / 100;
const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / HOUR;
const emptyBy = <T>(v: () => T): BySeverity<T> =>
  Object.fromEntries(SEVERITIES.map((s) => [s, v()])) as BySeverity<T>;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Events that start an episode of a finding being open: detected, or reopened by a scan. */
const opensEpisode = (e: MetricsEvent) =>
  e.kind === 'detected' || (e.kind === 'reopened' && e.scan !== undefined);

function top<K>(counts: Map<K, number>, n: number): [K, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1)).slice(0, n);
}

/**
 * Every figure of `parapet.metrics/v1` over the window ending at `now`.
 * @example computeMetrics({ now, windowHours: 720, sla: DEFAULT_SLA_HOURS, ... }).mttr.hours
 */
export function computeMetrics(input: MetricsInput): Metrics {
  const to = input.now.toISOString();
  const from = new Date(input.now.getTime() - input.windowHours * HOUR).toISOString();
  const inWindow = (at: string) => at >= from && at <= to;
  const severityOf = (id: string): Severity => input.findings.get(id)?.severity ?? 'info';

  // MTTD: each detection in the window, from when the configuration appeared to when it was detected.
  const mttdAll: number[] = [];
  const mttdBy = emptyBy<number[]>(() => []);
  let fromProvider = 0;
  for (const d of input.detections) {
    if (!inWindow(d.at)) continue;
    let appeared = d.firstSeenAt;
    if (d.changedAt !== undefined && d.changedAt <= d.at) {
      appeared = d.changedAt < appeared ? d.changedAt : appeared;
      fromProvider++;
    }
    const h = Math.max(0, hoursBetween(appeared, d.at));
    mttdAll.push(h);
    mttdBy[severityOf(d.findingId)].push(h);
  }

  // MTTR and SLA: each resolution (fixed, not removed) in the window, from the start of its episode.
  const mttrAll: number[] = [];
  const mttrBy = emptyBy<number[]>(() => []);
  const sla = emptyBy(() => ({ met: 0, missed: 0 }));
  const episodeStart = new Map<string, string>();
  const lastState = new Map<string, MetricsEvent>();
  const resolvedInWindow = new Map<string, string>();
  const reopenedAfter = new Set<string>();
  const reopensByRule = new Map<string, number>();
  const reopensByResource = new Map<string, number>();
  for (const e of input.events) {
    if (e.at > to) break;
    if (opensEpisode(e)) {
      if (e.kind === 'reopened' && inWindow(e.at)) {
        const f = input.findings.get(e.findingId);
        if (f) {
          reopensByRule.set(f.ruleId, (reopensByRule.get(f.ruleId) ?? 0) + 1);
          reopensByResource.set(f.uid, (reopensByResource.get(f.uid) ?? 0) + 1);
        }
        if (resolvedInWindow.has(e.findingId)) reopenedAfter.add(e.findingId);
      }
      episodeStart.set(e.findingId, e.at);
    }
    if (e.kind === 'resolved' && inWindow(e.at)) {
      resolvedInWindow.set(e.findingId, e.at);
      const start = episodeStart.get(e.findingId);
      if (start !== undefined) {
        const h = hoursBetween(start, e.at);
        const sev = severityOf(e.findingId);
        mttrAll.push(h);
        mttrBy[sev].push(h);
        const target = input.sla[sev];
        if (target !== undefined) sla[sev][h <= target ? 'met' : 'missed']++;
      }
    }
    lastState.set(e.findingId, e);
  }
  // Open findings past their target within the window are misses too.
  for (const [id, e] of lastState) {
    if (e.state !== 'open' && e.state !== 'reopened') continue;
    const start = episodeStart.get(id);
    const target = input.sla[severityOf(id)];
    if (start === undefined || target === undefined) continue;
    const due = new Date(Date.parse(start) + target * HOUR).toISOString();
    if (due < to && due >= from) sla[severityOf(id)].missed++;
  }
  const slaBy: Metrics['sla']['bySeverity'] = {};
  let met = 0;
  let missed = 0;
  for (const s of SEVERITIES) {
    if (input.sla[s] === undefined) continue;
    const x = sla[s];
    met += x.met;
    missed += x.missed;
    slaBy[s] = {
      ...x,
      attainment: x.met + x.missed === 0 ? null : round((x.met / (x.met + x.missed)) * 100),
    };
  }

  // Open trend and compliance: the state of every finding at each scan of the window.
  const openTrend: Metrics['openTrend'] = [];
  const compliance: Metrics['compliance'] = Object.fromEntries(input.frameworks.map((f) => [f.id, []]));
  const state = new Map<string, MetricsEvent>();
  let next = 0;
  for (const scan of input.scans) {
    while (next < input.events.length && input.events[next]!.at <= scan.at) {
      const e = input.events[next++]!;
      state.set(e.findingId, e);
    }
    if (!inWindow(scan.at)) continue;
    const bySeverity = emptyBy(() => 0);
    let open = 0;
    for (const [id, e] of state) {
      if (e.state !== 'open' && e.state !== 'reopened') continue;
      open++;
      bySeverity[severityOf(id)]++;
    }
    openTrend.push({ scan: scan.id, at: scan.at, open, bySeverity });
    // Muted failing results: mitigated counts as a pass, risk-accepted is left out.
    const adjust = new Map<string, { mitigated: number; accepted: number }>();
    for (const id of scan.failing) {
      const e = state.get(id);
      if (e?.state !== 'muted') continue;
      const ruleId = input.findings.get(id)?.ruleId;
      if (ruleId === undefined) continue;
      const a = adjust.get(ruleId) ?? { mitigated: 0, accepted: 0 };
      if (e.mutedKind === 'mitigated') a.mitigated++;
      else a.accepted++;
      adjust.set(ruleId, a);
    }
    for (const fw of input.frameworks) {
      let pass = 0;
      let fail = 0;
      for (const ruleId of fw.rules) {
        const r = scan.ruleResults[ruleId];
        if (r === undefined) continue;
        const a = adjust.get(ruleId) ?? { mitigated: 0, accepted: 0 };
        pass += r.pass + a.mitigated;
        fail += r.fail - a.mitigated - a.accepted;
      }
      compliance[fw.id]!.push({
        scan: scan.id,
        at: scan.at,
        score: pass + fail === 0 ? null : round((pass / (pass + fail)) * 100),
      });
    }
  }

  // Coverage: the latest scan at or before now against everything the store has seen.
  const seen = input.scans.filter((s) => s.at <= to);
  const latest = seen.at(-1);
  const accountKey = (s: MetricsScan['scopes'][number]) => `${s.provider}:${s.account}`;
  const regionKey = (s: MetricsScan['scopes'][number]) => `${s.provider}:${s.account}:${s.region}`;
  const known = { accounts: new Set<string>(), regions: new Set<string>(), types: new Set<string>() };
  for (const s of seen) {
    for (const sc of s.scopes) {
      known.accounts.add(accountKey(sc));
      if (sc.region !== undefined) known.regions.add(regionKey(sc));
    }
    for (const t of Object.keys(s.assetTypes)) known.types.add(t);
  }
  const assessed = {
    accounts: new Set(latest?.scopes.map(accountKey) ?? []),
    regions: new Set(latest?.scopes.filter((s) => s.region !== undefined).map(regionKey) ?? []),
    types: new Set(Object.keys(latest?.assetTypes ?? {})),
  };
  const part = (a: Set<string>, k: Set<string>) => ({
    assessed: a.size,
    known: k.size,
    missing: [...k].filter((x) => !a.has(x)).sort(),
  });

  const resolved = resolvedInWindow.size;
  return {
    schema: METRICS_SCHEMA,
    window: { from, to },
    mttd: {
      hours: mean(mttdAll),
      bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, mean(mttdBy[s])])) as BySeverity<
        number | null
      >,
      detections: mttdAll.length,
      fromProviderTime: fromProvider,
    },
    mttr: {
      hours: mean(mttrAll),
      bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, mean(mttrBy[s])])) as BySeverity<
        number | null
      >,
      resolved: mttrAll.length,
    },
    sla: {
      targets: input.sla,
      attainment: met + missed === 0 ? null : round((met / (met + missed)) * 100),
      bySeverity: slaBy,
    },
    recurrenceRate: resolved === 0 ? null : round(reopenedAfter.size / resolved),
    recurrence: {
      resolved,
      reopened: reopenedAfter.size,
      topRules: top(reopensByRule, 5).map(([ruleId, reopened]) => ({ ruleId, reopened })),
      topResources: top(reopensByResource, 5).map(([uid, reopened]) => ({ uid, reopened })),
    },
    openTrend,
    compliance,
    coverage: {
      scan: latest?.id ?? null,
      accounts: part(assessed.accounts, known.accounts),
      regions: part(assessed.regions, known.regions),
      assetTypes: part(assessed.types, known.types),
      unsupportedTypes: latest?.unsupportedTypes ?? {},
    },
  };
}
