/**
 * What the exposure and context graph says about one asset: whether the internet can reach it and
 * how (the path, step by step), what privilege it carries or runs with, whether it holds sensitive
 * data, and its business context. Risk scoring and toxic combinations read these facts.
 */

/** One port range open along an exposure path. */
export interface OpenRange {
  protocol: string;
  from: number;
  to: number;
}

export interface Exposure {
  /** `network`: packets reach it (ports listed); `public-access`: anyone may read it through the API. */
  kind: 'network' | 'public-access';
  /** The hops from the internet to the asset, e.g. `['internet', 'igw-1', 'rtb-2', 'subnet-3', 'i-4']`. */
  steps: string[];
  /** What lets traffic in at the last hop: `sg-5:22`, `nsg web:22,443`, `public ACL (AllUsers)`. */
  via: string;
  /** Uids of what lets the traffic in (security groups, NSGs, firewall rules); empty for public access. */
  gates: string[];
  /** Open ranges for network exposure; empty for public access. */
  ranges: OpenRange[];
  /** The path as people read it: `internet → igw-1 → rtb-2 → subnet-3 → i-4 via sg-5:22`. */
  text: string;
  /**
   * Parts of the path the sources did not describe (route tables, network ACLs...). Non-empty means
   * the exposure is likely but not proven: unknown is neither pass nor fail.
   */
  gaps: string[];
}

export interface Privilege {
  /** The asset is (or runs as) a principal with admin-equivalent permissions. */
  admin: boolean;
  /** Why, e.g. `role app-admin has AWS managed policy AdministratorAccess`. */
  reason: string;
  /** For compute: the uid of the principal it runs as. */
  runsAs?: string;
  /** Principals outside the account that may assume it without an external id. */
  assumableBy?: string[];
}

export interface DataSensitivity {
  /** The asset kind holds data (databases, buckets, disks, snapshots). */
  holdsData: boolean;
  /** Normalised data classification from tags, when tagged. */
  classification?: string;
  /** Confidential or restricted. */
  sensitive: boolean;
}

export interface AssetFacts {
  exposure?: Exposure;
  privilege?: Privilege;
  data?: DataSensitivity;
  environment?: string;
  owner?: string;
}

/** The short id people recognise in a path: the last segment of an ARN or resource id, or the name. */
export function shortId(uid: string, name?: string): string {
  if (name !== undefined && name !== '' && !/^(arn:|\/\/|\/subscriptions\/)/.test(name)) {
    const tail = uid.split(/[/:]/).pop() ?? uid;
    // EC2 ids (`i-0abc`) read better than names in a path; elsewhere the name is what people know.
    if (/^[a-z]+-[0-9a-f]{6,}$/.test(tail)) return tail;
    return name;
  }
  return uid.split(/[/:]/).pop() || uid;
}

/** `tcp:22`, `tcp:80-443`, `all` — ranges as people read them. */
export function describeRanges(ranges: readonly OpenRange[]): string {
  return ranges
    .map((r) =>
      r.protocol === 'all' || (r.from === 0 && r.to === 65535)
        ? r.protocol === 'all'
          ? 'all'
          : `${r.protocol}:all`
        : r.from === r.to
          ? String(r.from)
          : `${r.from}-${r.to}`,
    )
    .join(',');
}

export function pathText(steps: readonly string[], via: string): string {
  return `${steps.join(' → ')}${via === '' ? '' : ` via ${via}`}`;
}
