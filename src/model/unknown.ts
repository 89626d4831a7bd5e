/**
 * Unknown values: a field a source could not read is recorded as unknown, with the reason, never
 * defaulted. Rules read such fields through `need()` (see rules/api.ts), which turns an unknown into an
 * `error` result instead of a false pass or fail.
 *
 * Serialised inline as `{ "$unknown": "<reason>" }` so stored and exported assets keep the gap.
 */
export interface Unknown {
  readonly $unknown: string;
}

/** A value that may be unknown. */
export type Maybe<T> = T | Unknown;

/** `unknown('s3:GetBucketPolicy denied')` → `{ $unknown: 's3:GetBucketPolicy denied' }`. */
export function unknown(reason: string): Unknown {
  return { $unknown: reason };
}

export function isUnknown(v: unknown): v is Unknown {
  return typeof v === 'object' && v !== null && typeof $unknownOf(v) === 'string';
}

function $unknownOf(v: object): unknown {
  return (v as { $unknown?: unknown }).$unknown;
}

/** The field paths (top level of `config`) that are unknown, with their reasons. */
export function gapsOf(config: Record<string, unknown>): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  for (const [field, value] of Object.entries(config)) {
    if (isUnknown(value)) out.push({ field, reason: value.$unknown });
  }
  return out;
}
