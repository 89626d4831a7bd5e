/**
 * CIDR arithmetic for Terraform's cidrsubnet/cidrhost/cidrnetmask, IPv4 and IPv6, on BigInt addresses.
 */
import { isIP } from 'node:net';

export interface Cidr {
  v6: boolean;
  addr: bigint;
  bits: number;
}

function parseAddr(ip: string): { v6: boolean; addr: bigint } {
  const kind = isIP(ip);
  if (kind === 4) {
    const n = ip.split('.').reduce((a, o) => (a << 8n) + BigInt(Number(o)), 0n);
    return { v6: false, addr: n };
  }
  if (kind === 6) {
    const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
    return { v6: true, addr: groups.reduce((a, g) => (a << 16n) + BigInt(parseInt(g || '0', 16)), 0n) };
  }
  throw new Error(`"${ip}" is not an IP address`);
}

export function parseCidr(text: string): Cidr {
  const [ip, len] = text.split('/');
  const { v6, addr } = parseAddr(ip ?? '');
  const bits = Number(len);
  const max = v6 ? 128 : 32;
  if (!Number.isInteger(bits) || bits < 0 || bits > max) throw new Error(`"${text}" is not a CIDR prefix`);
  const hostBits = BigInt(max - bits);
  return { v6, addr: (addr >> hostBits) << hostBits, bits };
}

function addrText(v6: boolean, addr: bigint): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((addr >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups
    .join(':')
    .replace(/\b(?:0:){2,}0?\b|(^|:)0(:0)+(:|$)/, '::')
    .replace(/:{3,}/, '::');
}

export function format(c: Cidr): string {
  return `${addrText(c.v6, c.addr)}/${c.bits}`;
}

/** `cidrsubnet("10.0.0.0/16", 8, 2)` → 10.0.2.0/24. */
export function subnet(prefix: string, newbits: number, netnum: number): Cidr {
  const c = parseCidr(prefix);
  const max = c.v6 ? 128 : 32;
  const bits = c.bits + newbits;
  if (bits > max) throw new Error(`cidrsubnet: ${newbits} new bits do not fit in ${prefix}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    throw new Error(`cidrsubnet: ${netnum} does not fit in ${newbits} bits`);
  return { v6: c.v6, addr: c.addr | (BigInt(netnum) << BigInt(max - bits)), bits };
}

export function hostOf(prefix: string, hostnum: number): string {
  const c = parseCidr(prefix);
  const max = c.v6 ? 128 : 32;
  const size = 1n << BigInt(max - c.bits);
  const n = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (n < 0n || n >= size) throw new Error(`cidrhost: host ${hostnum} is outside ${prefix}`);
  return addrText(c.v6, c.addr + n);
}

export function maskOf(prefix: string): string {
  const c = parseCidr(prefix);
  if (c.v6) throw new Error('cidrnetmask: IPv6 prefixes have no netmask form');
  return addrText(false, ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - c.bits)) - 1n));
}
