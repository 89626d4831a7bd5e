/**
 * The Amazon EKS Kubernetes version calendar: when each minor version's standard support and extended
 * support end. EKS gives a version 14 months of standard support from its EKS release, then 12 months
 * of extended support (at extra cost), then upgrades the cluster automatically.
 *
 * Checked on 2026-11-28 against the EKS user guide ("Understand the Kubernetes version lifecycle on
 * EKS", https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-release-calendar.html) as mirrored by
 * https://endoflife.date/amazon-eks; the copy available then listed versions up to 1.35. Versions newer
 * than the table are judged supported (they were released after it was checked); update the table when
 * EKS publishes a new version.
 */
export const EKS_VERSIONS_CHECKED = '2026-11-28';

export interface EksVersionSupport {
  version: string;
  /** Day standard support ends (UTC). */
  standardEnds: string;
  /** Day extended support ends (UTC): after it, the version is unsupported. */
  extendedEnds: string;
}

export const EKS_VERSION_CALENDAR: readonly EksVersionSupport[] = [
  { version: '1.28', standardEnds: '2024-11-26', extendedEnds: '2025-11-26' },
  { version: '1.29', standardEnds: '2025-03-23', extendedEnds: '2026-03-23' },
  { version: '1.30', standardEnds: '2025-07-23', extendedEnds: '2026-07-23' },
  { version: '1.31', standardEnds: '2025-11-26', extendedEnds: '2026-11-26' },
  { version: '1.32', standardEnds: '2026-03-23', extendedEnds: '2027-03-23' },
  { version: '1.33', standardEnds: '2026-07-29', extendedEnds: '2027-07-29' },
  { version: '1.34', standardEnds: '2026-12-02', extendedEnds: '2027-12-02' },
  { version: '1.35', standardEnds: '2027-03-27', extendedEnds: '2028-03-27' },
];

/** `1.29` → [1, 29]; undefined for text that is not a `major.minor` version. */
export function minorVersion(text: string): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.|$|-)/.exec(text.trim());
  return m === null ? undefined : [Number(m[1]), Number(m[2])];
}

export type SupportPhase = 'standard' | 'extended' | 'ended' | 'newer-than-table';

/**
 * Where a version stands on `now`: in standard or extended support, past its end, or newer than every
 * version in the table. Versions older than the table's oldest have ended.
 * @example supportPhase('1.31', new Date('2026-06-01')) // { phase: 'extended', entry: {...1.31} }
 */
export function supportPhase(
  version: string,
  now: Date,
): { phase: SupportPhase; entry?: EksVersionSupport } | undefined {
  const v = minorVersion(version);
  if (v === undefined) return undefined;
  const entry = EKS_VERSION_CALENDAR.find((e) => {
    const ev = minorVersion(e.version)!;
    return ev[0] === v[0] && ev[1] === v[1];
  });
  if (entry === undefined) {
    const oldest = minorVersion(EKS_VERSION_CALENDAR[0]!.version)!;
    const older = v[0] < oldest[0] || (v[0] === oldest[0] && v[1] < oldest[1]);
    return { phase: older ? 'ended' : 'newer-than-table' };
  }
  const day = now.toISOString().slice(0, 10);
  if (day < entry.standardEnds) return { phase: 'standard', entry };
  if (day < entry.extendedEnds) return { phase: 'extended', entry };
  return { phase: 'ended', entry };
}
