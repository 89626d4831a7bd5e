/** Port-range arithmetic for exposure paths: intersect and subtract lists of ranges per protocol. */
import type { OpenRange } from './facts.js';

const covers = (a: string, b: string) => a === 'all' || b === 'all' || a === b;

/** The parts of `ranges` that `cut` also covers (protocol `all` matches any protocol). */
export function intersect(ranges: readonly OpenRange[], cut: readonly OpenRange[]): OpenRange[] {
  const out: OpenRange[] = [];
  for (const r of ranges)
    for (const c of cut) {
      if (!covers(r.protocol, c.protocol)) continue;
      const from = Math.max(r.from, c.from);
      const to = Math.min(r.to, c.to);
      if (from <= to) out.push({ protocol: r.protocol === 'all' ? c.protocol : r.protocol, from, to });
    }
  return normalise(out);
}

/** `ranges` without what `cut` covers. */
export function subtract(ranges: readonly OpenRange[], cut: readonly OpenRange[]): OpenRange[] {
  let rest = [...ranges];
  for (const c of cut) {
    const next: OpenRange[] = [];
    for (const r of rest) {
      if (!covers(r.protocol, c.protocol) || c.to < r.from || c.from > r.to) {
        next.push(r);
        continue;
      }
      // `all` minus tcp leaves udp and the rest: keep it whole rather than invent protocol lists.
      if (r.protocol === 'all' && c.protocol !== 'all') {
        next.push(r);
        continue;
      }
      if (c.from > r.from) next.push({ protocol: r.protocol, from: r.from, to: c.from - 1 });
      if (c.to < r.to) next.push({ protocol: r.protocol, from: c.to + 1, to: r.to });
    }
    rest = next;
  }
  return normalise(rest);
}

/** Sorted, merged, without duplicates. */
export function normalise(ranges: readonly OpenRange[]): OpenRange[] {
  const sorted = [...ranges].sort((a, b) => a.protocol.localeCompare(b.protocol) || a.from - b.from);
  const out: OpenRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.protocol === r.protocol && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

export const ALL_PORTS: readonly OpenRange[] = [{ protocol: 'all', from: 0, to: 65535 }];
