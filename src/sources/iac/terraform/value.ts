/**
 * Values of evaluated Terraform expressions: JSON-like data, or unknown (`{ $unknown: reason }`) for
 * anything not known before apply. An unknown may carry `$ref`, the address of the resource whose
 * computed attribute it stands for, so split resources can be joined by reference.
 */
import type { Unknown } from '../../../model/unknown.js';

export interface RefUnknown extends Unknown {
  /** `aws_s3_bucket.logs` (with module path and index key) when the value is a resource's computed attribute. */
  readonly $ref?: string;
  /** Set when the value is unknown because evaluating it failed (what `try()` skips). */
  readonly $error?: true;
}

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | RefUnknown;

export function isUnknownValue(v: unknown): v is RefUnknown {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { $unknown?: unknown }).$unknown === 'string'
  );
}

export function unknownValue(reason: string, ref?: string): RefUnknown {
  return ref === undefined ? { $unknown: reason } : { $unknown: reason, $ref: ref };
}

/** Unknown because evaluation failed (undeclared name, missing key, bad function argument). */
export function errorValue(reason: string): RefUnknown {
  return { $unknown: reason, $error: true };
}

export function isObject(v: Value | undefined): v is { [key: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknownValue(v);
}

/** Whether a value holds an unknown anywhere inside it. */
export function containsUnknown(v: Value, depth = 0): boolean {
  if (depth > 64) return false;
  if (isUnknownValue(v)) return true;
  if (Array.isArray(v)) return v.some((x) => containsUnknown(x, depth + 1));
  if (isObject(v)) return Object.values(v).some((x) => containsUnknown(x, depth + 1));
  return false;
}

/** A value as plain data for an asset's config: `$ref` markers dropped (the schema allows only `$unknown`). */
export function plain(v: Value, depth = 0): Value {
  if (depth > 64) return unknownValue('value nested too deeply');
  if (isUnknownValue(v)) return { $unknown: v.$unknown };
  if (Array.isArray(v)) return v.map((x) => plain(x, depth + 1));
  if (isObject(v)) {
    const out: { [key: string]: Value } = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x, depth + 1);
    return out;
  }
  return v;
}

export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (isUnknownValue(v)) return 'unknown';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** Terraform's string conversion of a primitive. */
export function toStr(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined;
}

/** Terraform's bool conversion (`"true"`/`"false"` strings convert). */
export function toBool(v: Value): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function toNum(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
