/** IPv4 helpers for SQL server firewall rules (start/end address ranges). */

/**
 * A dotted IPv4 address as a number; undefined when it is not one.
 * @example ipv4ToNumber('10.0.0.1') // 167772161
 */
export function ipv4ToNumber(ip: string): number | undefined {
  const parts = ip.trim().split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}
