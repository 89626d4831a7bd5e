/**
 * IaC-to-live drift, pure: match the resources an IaC scan declares (uids `<file>#<address>`) to the
 * resources a live or imported scan found, by identifiers — ARNs, ARM ids, GCP full names, then
 * names of the same type — and report the security-relevant fields whose deployed value differs from
 * the declared one (declared encrypted, deployed not). A field IaC leaves unknown (computed at apply
 * time) declares nothing and is never reported.
 */
import { fieldDiffs, ruleFlips, type DriftAsset, type FieldDiff, type RuleFlip } from './drift.js';

export interface DeclaredDifference {
  path: string;
  declared: unknown;
  deployed: unknown;
  category?: FieldDiff['category'];
}

export interface IacMatch {
  declared: { uid: string; file: string; address: string; type: string; name: string };
  deployed: { uid: string; account: string; region: string };
  /** How they were matched: `id` (ARN, ARM id, full name) or `name` (same type and name). */
  by: 'id' | 'name';
  differences: DeclaredDifference[];
  /** Rules that pass on the declaration but not on what is deployed (or the reverse). */
  flips: RuleFlip[];
}

export interface IacDriftReport {
  matched: IacMatch[];
  /** Declared resources with no deployed counterpart. */
  notDeployed: { uid: string; type: string; name: string }[];
  /** Declared resources that match more than one deployed resource (same type and name). */
  ambiguous: { uid: string; candidates: string[] }[];
  /** Deployed resources of the declared types that nothing declares (possible click-ops). */
  undeclared: { uid: string; type: string; name: string }[];
}

const norm = (s: string) => s.toLowerCase();

/** The identifiers a resource can be known by: its uid, and ids its configuration carries. */
function idsOf(a: DriftAsset): string[] {
  const out: string[] = [];
  if (!a.uid.includes('#')) out.push(norm(a.uid));
  for (const key of ['arn', 'id', 'resourceId', 'selfLink', 'fullName']) {
    const v = a.config[key];
    if (typeof v === 'string' && v !== '') out.push(norm(v));
  }
  return out;
}

const nameKey = (a: DriftAsset) => `${a.type}\u0000${norm(a.name)}`;

function isUnknownValue(v: unknown): boolean {
  return typeof v === 'object' && v !== null && '$unknown' in v;
}

/** The value at a dotted path of `config` (paths from fieldDiffs start with `config.`). */
function declaredAt(config: Record<string, unknown>, path: string): unknown {
  let v: unknown = { config };
  for (const part of path.split('.')) {
    if (isUnknownValue(v)) return v;
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function hasUnknownOnPath(config: Record<string, unknown>, path: string): boolean {
  let v: unknown = { config };
  for (const part of path.split('.')) {
    if (isUnknownValue(v)) return true;
    if (v === null || typeof v !== 'object') return false;
    v = (v as Record<string, unknown>)[part];
  }
  return isUnknownValue(v);
}

/**
 * Declared vs deployed: every IaC asset matched to at most one deployed asset, and the
 * security-relevant differences of each pair.
 * @example iacDrift(assetsOf(iacScan), assetsOf(liveScan)).matched[0].differences
 */
export function iacDrift(declared: Iterable<DriftAsset>, deployed: Iterable<DriftAsset>): IacDriftReport {
  const byId = new Map<string, DriftAsset>();
  const byName = new Map<string, DriftAsset[]>();
  const live: DriftAsset[] = [];
  for (const d of deployed) {
    live.push(d);
    for (const id of idsOf(d)) byId.set(id, d);
    const k = nameKey(d);
    const list = byName.get(k);
    if (list) list.push(d);
    else byName.set(k, [d]);
  }
  const report: IacDriftReport = { matched: [], notDeployed: [], ambiguous: [], undeclared: [] };
  const used = new Set<string>();
  const types = new Set<string>();
  for (const iac of declared) {
    types.add(iac.type);
    let match: DriftAsset | undefined;
    let by: IacMatch['by'] = 'id';
    for (const id of idsOf(iac)) {
      const d = byId.get(id);
      if (d !== undefined && d.type === iac.type) {
        match = d;
        break;
      }
    }
    if (match === undefined) {
      by = 'name';
      let candidates = byName.get(nameKey(iac)) ?? [];
      // Narrow by account and region where the declaration names them.
      if (candidates.length > 1)
        candidates = candidates.filter(
          (c) =>
            (iac.account === '' || c.account === iac.account) &&
            (iac.region === '' || c.region === iac.region),
        );
      if (candidates.length > 1) {
        report.ambiguous.push({ uid: iac.uid, candidates: candidates.map((c) => c.uid).sort() });
        continue;
      }
      match = candidates[0];
    }
    const [file, address] = iac.uid.includes('#')
      ? [iac.uid.slice(0, iac.uid.indexOf('#')), iac.uid.slice(iac.uid.indexOf('#') + 1)]
      : [iac.uid, ''];
    if (match === undefined) {
      report.notDeployed.push({ uid: iac.uid, type: iac.type, name: iac.name });
      continue;
    }
    used.add(match.uid);
    const differences: DeclaredDifference[] = [];
    for (const f of fieldDiffs({ config: iac.config }, { config: match.config })) {
      if (f.category === undefined) continue;
      // Only what the IaC declares: a field it leaves out or unknown declares nothing.
      const declaredValue = declaredAt(iac.config, f.path);
      if (declaredValue === undefined || hasUnknownOnPath(iac.config, f.path)) continue;
      differences.push({ path: f.path, declared: f.before, deployed: f.after, category: f.category });
    }
    const flips = ruleFlips(iac.results, match.results);
    report.matched.push({
      declared: { uid: iac.uid, file, address, type: iac.type, name: iac.name },
      deployed: { uid: match.uid, account: match.account, region: match.region },
      by,
      differences,
      flips,
    });
  }
  for (const d of live)
    if (types.has(d.type) && !used.has(d.uid))
      report.undeclared.push({ uid: d.uid, type: d.type, name: d.name });
  report.undeclared.sort((a, b) => (a.uid < b.uid ? -1 : 1));
  return report;
}
