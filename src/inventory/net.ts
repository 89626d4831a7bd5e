/**
 * Network helpers shared by the rules of all three clouds: which address ranges mean "anyone on the
 * internet", and whether a port range covers a port.
 */

/** CIDRs / prefixes / tags that mean the whole internet, across providers. */
const WORLD = new Set(['0.0.0.0/0', '::/0', '0.0.0.0', '*', 'internet', 'any', '0.0.0.0/0,::/0']);

/** True when a source address (CIDR, Azure service tag, `*`) admits anyone on the internet. */
export function isWorld(source: string): boolean {
  return WORLD.has(source.trim().toLowerCase());
}

export interface PortRange {
  from: number;
  to: number;
}

/** Parse `22`, `20-25`, `*` (all ports). Returns undefined for anything else. */
export function parsePortRange(spec: string | number): PortRange | undefined {
  if (typeof spec === 'number') return Number.isInteger(spec) ? { from: spec, to: spec } : undefined;
  const s = spec.trim();
  if (s === '*' || s.toLowerCase() === 'all') return { from: 0, to: 65535 };
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(s);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > 65535 || to > 65535 || from > to) return undefined;
  return { from, to };
}

/** True when `range` includes `port`. */
export function rangeIncludes(range: PortRange, port: number): boolean {
  return port >= range.from && port <= range.to;
}

/** The ports among `ports` that `range` includes. */
export function portsIn(range: PortRange, ports: readonly number[]): number[] {
  return ports.filter((p) => rangeIncludes(range, p));
}

/** Well-known sensitive ports, by what they expose. */
export const SENSITIVE_PORTS = {
  ssh: [22],
  rdp: [3389],
  database: [
    1433, 1521, 3306, 5432, 5984, 6379, 7000, 7001, 8020, 9042, 9160, 9200, 9300, 11211, 27017, 27018,
  ],
  kubernetesApi: [6443, 10250, 10255, 2379, 2380],
} as const;

/** Human label for a port, for messages: `22 (SSH)`. */
export function portLabel(port: number): string {
  const names: Record<number, string> = {
    22: 'SSH',
    3389: 'RDP',
    1433: 'SQL Server',
    1521: 'Oracle',
    3306: 'MySQL',
    5432: 'PostgreSQL',
    5984: 'CouchDB',
    6379: 'Redis',
    7000: 'Cassandra',
    7001: 'Cassandra',
    8020: 'HDFS',
    9042: 'Cassandra',
    9160: 'Cassandra',
    9200: 'Elasticsearch',
    9300: 'Elasticsearch',
    11211: 'Memcached',
    27017: 'MongoDB',
    27018: 'MongoDB',
    6443: 'Kubernetes API',
    10250: 'kubelet',
    10255: 'kubelet (read-only)',
    2379: 'etcd',
    2380: 'etcd',
  };
  const n = names[port];
  return n ? `${port} (${n})` : String(port);
}
