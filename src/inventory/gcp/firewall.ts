/**
 * What a VPC firewall rule lets in from the internet: which of a set of TCP ports an enabled INGRESS
 * allow rule opens to `0.0.0.0/0` / `::/0`. GCP port specs are `22` or `20-25`; an entry without ports
 * covers every port, and the `all` protocol covers TCP.
 */
import { isWorld, parsePortRange, rangeIncludes } from '../net.js';
import type { FirewallEntry } from './compute.js';

/** True when an allow/deny entry's protocol includes TCP (`tcp`, IP protocol `6`, or `all`). */
export function coversTcp(entry: FirewallEntry): boolean {
  const p = entry.protocol.trim().toLowerCase();
  return p === 'tcp' || p === '6' || p === 'all';
}

/**
 * The ports among `ports` that `entry` opens over TCP.
 * @example tcpPortsOf({ protocol: 'tcp', ports: ['20-25'] }, [22, 3389]) // [22]
 */
export function tcpPortsOf(entry: FirewallEntry, ports: readonly number[]): number[] {
  if (!coversTcp(entry)) return [];
  if (entry.ports.length === 0) return [...ports];
  return ports.filter((port) =>
    entry.ports.some((spec) => {
      const range = parsePortRange(spec);
      return range !== undefined && rangeIncludes(range, port);
    }),
  );
}

/** How an entry reads in messages: `tcp:22,8000-8080`, `all`. */
export function entryLabel(entry: FirewallEntry): string {
  return entry.ports.length === 0 ? entry.protocol : `${entry.protocol}:${entry.ports.join(',')}`;
}

export interface PublicTcpExposure {
  /** The world ranges among the rule's source ranges. */
  sources: string[];
  /** The sensitive ports opened, sorted, without duplicates. */
  ports: number[];
  /** The allow entries that open them. */
  entries: FirewallEntry[];
}

/**
 * Which of `ports` an allow rule with these source ranges and allow entries opens to the internet.
 * The caller checks direction and disabled first. Returns undefined when nothing is exposed.
 */
export function publicTcpExposure(
  sourceRanges: readonly string[],
  allowed: readonly FirewallEntry[],
  ports: readonly number[],
): PublicTcpExposure | undefined {
  const sources = sourceRanges.filter(isWorld);
  if (sources.length === 0) return undefined;
  const open = new Set<number>();
  const entries: FirewallEntry[] = [];
  for (const entry of allowed) {
    const hit = tcpPortsOf(entry, ports);
    if (hit.length === 0) continue;
    entries.push(entry);
    for (const p of hit) open.add(p);
  }
  if (open.size === 0) return undefined;
  return { sources, ports: [...open].sort((a, b) => a - b), entries };
}
