/**
 * Readers for fields of a service's JSON. Google APIs leave out fields at their default (false, empty
 * list, unset), so an absent boolean or list in a record that has resource data is the documented
 * default, not a gap. A present value of the wrong shape is passed through untouched so the schema
 * rejects it at the edge (the field becomes unknown with the parser's reason).
 */
import { isRecord } from '../../json-file.js';

/** A boolean whose API default is false. */
export function flag(v: unknown): unknown {
  if (v === undefined || v === null) return false;
  return v;
}

/** A list whose API default is empty. */
export function list(v: unknown): unknown {
  if (v === undefined || v === null) return [];
  return v;
}

/** Optional text: null when absent. */
export function text(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return v;
}

/** A sub-object, or an empty one when absent (so its fields read as absent). */
export function obj(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

/** The strings of a list (for references that are turned into uids); non-strings are dropped. */
export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

/** Map the object elements of a list; a non-list or non-object element is passed through for the schema to reject. */
export function mapList(v: unknown, fn: (o: Record<string, unknown>) => unknown): unknown {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return v;
  return (v as unknown[]).map((e) => (isRecord(e) ? fn(e) : e));
}

/**
 * A metadata value as a boolean: `true`/`1`/`yes`/`y` and `false`/`0`/`no`/`n` (any case), as
 * Compute Engine reads them; null when the key is absent; the raw value otherwise.
 */
export function metadataFlag(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (['true', '1', 'yes', 'y'].includes(s)) return true;
  if (['false', '0', 'no', 'n'].includes(s)) return false;
  return v;
}
