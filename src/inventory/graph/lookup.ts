/** The read-only view of the inventory the graph is computed from (the engine's index fits it). */
import type { AnyAsset } from '../../model/asset.js';

export interface AssetLookup {
  get(uid: string): AnyAsset | undefined;
  /** Assets of a type, optionally in one account (and region). */
  ofType(type: string, scope?: { account?: string; region?: string }): AnyAsset[];
  /** Every asset, in the order they were added. */
  values(): Iterable<AnyAsset>;
}

/** A config field when it is known (not `{ $unknown }`) and of the expected kind. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}
export function list<T = unknown>(v: unknown): T[] | undefined {
  return Array.isArray(v) ? (v as T[]) : undefined;
}
export function isKnown(v: unknown): boolean {
  return !(typeof v === 'object' && v !== null && '$unknown' in v);
}

const KEYED = new WeakMap<AssetLookup, Map<string, Map<string, AnyAsset[]>>>();

/**
 * Assets of `type` by the keys `keysOf` gives each (built once per inventory and name), so the graph
 * finds "the route table of this subnet" or "the role of this instance profile" without a scan per
 * asset. `name` identifies the index; use one name per (type, keysOf).
 * @example keyed(inv, 'eip-by-instance', 'aws.ec2.eip', (e) => targets(e, 'attached-to')).get(instance.uid)
 */
export function keyed(
  inv: AssetLookup,
  name: string,
  type: string,
  keysOf: (a: AnyAsset) => readonly string[],
): Map<string, AnyAsset[]> {
  let byName = KEYED.get(inv);
  if (byName === undefined) {
    byName = new Map();
    KEYED.set(inv, byName);
  }
  let index = byName.get(name);
  if (index === undefined) {
    index = new Map();
    for (const a of inv.ofType(type))
      for (const k of keysOf(a)) {
        const list = index.get(k);
        if (list) list.push(a);
        else index.set(k, [a]);
      }
    byName.set(name, index);
  }
  return index;
}

/** Targets of an asset's relations of one kind. */
export function targets(a: AnyAsset, kind: string): string[] {
  const out: string[] = [];
  for (const r of a.relations) if (r.kind === kind) out.push(r.target);
  return out;
}
