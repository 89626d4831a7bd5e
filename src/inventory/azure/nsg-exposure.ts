/**
 * Which ports a network security group opens to the internet. Azure evaluates a group's rules in
 * priority order (lower number first) and the first rule that matches a packet decides. For "anyone on
 * the internet" that means:
 * - an inbound Allow rule whose source is the world (`*`, `Internet`, `Any`, `0.0.0.0/0`, `::/0`, in
 *   the singular or plural field) exposes its destination ports for its protocol (`*` covers TCP and UDP);
 * - unless an inbound Deny rule with a world source, evaluated earlier (lower priority number), covers
 *   the same protocol, the same port, and at least the same destinations (`*`, `0.0.0.0/0`, `Any`,
 *   `VirtualNetwork`, or every destination prefix of the Allow rule). Such a port is not exposed.
 * Deny rules with a narrower source block only part of the internet, so they do not hide an exposure.
 * Destination ports that do not parse as `n`, `n-m` or `*` match nothing (ARM validates them).
 */
import { isUnknown, type Maybe } from '../../model/unknown.js';
import { isWorld, parsePortRange, type PortRange } from '../net.js';
import type { NsgSecurityRule } from './network.js';

export type TransportProtocol = 'Tcp' | 'Udp';

/** One Allow rule's contribution to the group's internet exposure. */
export interface NsgExposure {
  rule: NsgSecurityRule;
  /** The world source that matched (`*`, `Internet`, `0.0.0.0/0`, ...). */
  source: string;
  protocol: TransportProtocol;
  /** Destination ports left open after earlier Deny rules are taken away; never empty. */
  ranges: PortRange[];
}

const ALL_DESTINATIONS = new Set(['*', '0.0.0.0/0', '::/0', 'any', 'internet', 'virtualnetwork']);

function coversProtocol(rule: NsgSecurityRule, protocol: TransportProtocol): boolean {
  const p = rule.protocol.trim().toLowerCase();
  return p === '*' || p === 'any' || p === protocol.toLowerCase();
}

function worldSource(rule: NsgSecurityRule): string | undefined {
  return rule.sourceAddressPrefixes.find(isWorld);
}

function portRanges(rule: NsgSecurityRule): PortRange[] {
  return rule.destinationPortRanges
    .map((r) => parsePortRange(r))
    .filter((r): r is PortRange => r !== undefined);
}

/** True when `deny` applies to every destination `allow` applies to. */
function coversDestinations(deny: NsgSecurityRule, allow: NsgSecurityRule): boolean {
  const denied = new Set(deny.destinationAddressPrefixes.map((d) => d.trim().toLowerCase()));
  if ([...denied].some((d) => ALL_DESTINATIONS.has(d))) return true;
  return (
    allow.destinationAddressPrefixes.length > 0 &&
    allow.destinationAddressPrefixes.every((d) => denied.has(d.trim().toLowerCase()))
  );
}

/** `ranges` minus `cut`, as sorted disjoint ranges. */
export function subtractRanges(ranges: readonly PortRange[], cut: readonly PortRange[]): PortRange[] {
  let out = [...ranges];
  for (const c of cut) {
    const next: PortRange[] = [];
    for (const r of out) {
      if (c.to < r.from || c.from > r.to) {
        next.push(r);
        continue;
      }
      if (r.from < c.from) next.push({ from: r.from, to: c.from - 1 });
      if (r.to > c.to) next.push({ from: c.to + 1, to: r.to });
    }
    out = next;
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * The inbound Allow rules that open ports to the internet for `protocol`, each with the ports it
 * leaves open after earlier world-sourced Deny rules, in priority order.
 * @example worldExposures([...nsg.securityRules, ...defaults], 'Tcp').flatMap((e) => e.ranges)
 */
export function worldExposures(
  rules: readonly NsgSecurityRule[],
  protocol: TransportProtocol,
): NsgExposure[] {
  const inbound = rules
    .filter((r) => r.direction === 'Inbound' && coversProtocol(r, protocol))
    .sort((a, b) => a.priority - b.priority);
  const out: NsgExposure[] = [];
  inbound.forEach((rule, i) => {
    if (rule.access !== 'Allow') return;
    const source = worldSource(rule);
    if (source === undefined) return;
    const earlierDenies = inbound
      .slice(0, i)
      .filter(
        (d) =>
          d.access === 'Deny' &&
          d.priority < rule.priority &&
          worldSource(d) !== undefined &&
          coversDestinations(d, rule),
      );
    const ranges = subtractRanges(portRanges(rule), earlierDenies.flatMap(portRanges));
    if (ranges.length > 0) out.push({ rule, source, protocol, ranges });
  });
  return out;
}

/** One port opened to the internet, with the first (highest-priority) rule that opens it. */
export interface ExposedPort {
  port: number;
  protocol: TransportProtocol;
  rule: NsgSecurityRule;
  source: string;
}

/**
 * Which of `ports` the rules open to the internet over `protocol`.
 * @example exposedPorts(rules, [22], 'Tcp') // [{ port: 22, rule: { name: 'ssh', priority: 100, ... }, ... }]
 */
export function exposedPorts(
  rules: readonly NsgSecurityRule[],
  ports: readonly number[],
  protocol: TransportProtocol,
): ExposedPort[] {
  const exposures = worldExposures(rules, protocol);
  const out: ExposedPort[] = [];
  for (const port of ports) {
    const hit = exposures.find((e) => e.ranges.some((r) => port >= r.from && port <= r.to));
    if (hit) out.push({ port, protocol, rule: hit.rule, source: hit.source });
  }
  return out;
}

/** `22`, `20-25`, `*` for messages. */
export function formatRanges(ranges: readonly PortRange[]): string {
  return ranges
    .map((r) =>
      r.from === 0 && r.to === 65535 ? 'all ports' : r.from === r.to ? String(r.from) : `${r.from}-${r.to}`,
    )
    .join(', ');
}

/**
 * The rules to judge a group by: its own rules, plus the default rules when the source read them.
 * Leaving out unread default rules cannot hide an exposure: they never allow traffic from the internet.
 */
export function effectiveRules(
  securityRules: readonly NsgSecurityRule[],
  defaultSecurityRules: Maybe<NsgSecurityRule[]>,
): NsgSecurityRule[] {
  return [...securityRules, ...(isUnknown(defaultSecurityRules) ? [] : defaultSecurityRules)];
}
