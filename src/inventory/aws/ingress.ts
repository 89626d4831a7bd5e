/**
 * What a security group lets in from the internet. A permission counts only when one of its sources
 * is the whole internet (`0.0.0.0/0`, `::/0`); referenced security groups, prefix lists and narrower
 * CIDRs do not. Protocol `all` opens every port; a tcp/udp range opens every port it covers.
 */
import { UnknownFieldError } from '../../model/errors.js';
import { isWorld, rangeIncludes, type PortRange } from '../net.js';
import type { SgPermission } from './ec2.js';

/** Protocols whose permissions carry a port range. */
const PORTED = new Set(['tcp', 'udp']);

/** A permission together with the world-open source that makes it count. */
export interface WorldPermission {
  permission: SgPermission;
  /** The CIDR that admits everyone (`0.0.0.0/0` or `::/0`). */
  source: string;
}

/** One port reachable from the internet, and through which rule. */
export interface ExposedPort {
  port: number;
  protocol: string;
  source: string;
  /** The rule's range as people read it: `22`, `0-65535`, `all`. */
  range: string;
}

/**
 * Ingress permissions open to the internet, one entry per world-open source.
 * @example worldIngress([{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], ... }])
 * // [{ permission: ..., source: '0.0.0.0/0' }]
 */
export function worldIngress(ingress: readonly SgPermission[]): WorldPermission[] {
  const out: WorldPermission[] = [];
  for (const permission of ingress) {
    for (const source of [...permission.ipv4Ranges, ...permission.ipv6Ranges]) {
      if (isWorld(source)) out.push({ permission, source });
    }
  }
  return out;
}

/**
 * The ports a permission opens: every port for protocol `all`, its range for tcp/udp, none (undefined)
 * for protocols without ports such as icmp. A tcp/udp permission without a range is a gap in the
 * source, reported as unknown rather than guessed.
 */
export function permissionPorts(p: SgPermission): PortRange | undefined {
  if (p.protocol === 'all') return { from: 0, to: 65535 };
  if (!PORTED.has(p.protocol)) return undefined;
  if (p.fromPort === null || p.toPort === null) {
    throw new UnknownFieldError('ingress', `a ${p.protocol} permission has no port range in the source`);
  }
  // AWS writes "all ports" of tcp/udp as -1 in some APIs.
  if (p.fromPort < 0 || p.toPort < 0) return { from: 0, to: 65535 };
  return { from: p.fromPort, to: p.toPort };
}

/** `22`, `20-25`, `all` — a permission's reach as people read it. */
export function describePorts(p: SgPermission): string {
  if (p.protocol === 'all') return 'all';
  const r = permissionPorts(p);
  if (r === undefined) return p.protocol;
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

/**
 * The ports among `ports` that the internet can reach through `ingress`, over the given protocols
 * (`all` always counts). One entry per port and world-open source, so messages can name both.
 * @example worldExposedPorts(sg.ingress, [22]) // [{ port: 22, protocol: 'tcp', source: '0.0.0.0/0', range: '22' }]
 */
export function worldExposedPorts(
  ingress: readonly SgPermission[],
  ports: readonly number[],
  protocols: readonly string[] = ['tcp'],
): ExposedPort[] {
  const out: ExposedPort[] = [];
  const seen = new Set<string>();
  for (const { permission, source } of worldIngress(ingress)) {
    if (permission.protocol !== 'all' && !protocols.includes(permission.protocol)) continue;
    const range = permissionPorts(permission);
    if (range === undefined) continue;
    for (const port of ports) {
      if (!rangeIncludes(range, port)) continue;
      const key = `${port}/${permission.protocol}/${source}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ port, protocol: permission.protocol, source, range: describePorts(permission) });
    }
  }
  return out;
}

/** True when a permission opens every port: protocol `all`, or a tcp/udp range of 0(or 1)–65535. */
export function opensAllPorts(p: SgPermission): boolean {
  const r = permissionPorts(p);
  return r !== undefined && r.from <= 1 && r.to >= 65535;
}
