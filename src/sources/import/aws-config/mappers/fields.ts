/**
 * Reading fields out of a decoded AWS Config `configuration` (or `supplementaryConfiguration`) for the
 * mappers. AWS Config spells some resource types in camelCase (from the service APIs) and others in
 * PascalCase (from the CloudFormation schema), and real items mix both, so lookups ignore case. A field
 * the record does not carry becomes Unknown with the reason; a value of the wrong type is passed on as
 * it is, so the asset schema rejects it with a warning instead of the mapper hiding it.
 */
import { unknown, type Unknown } from '../../../../model/unknown.js';
import { isRecord } from '../../json-file.js';
import { NOT_IN_RECORD } from './types.js';

/** Lower-cased key → actual key, built once per object on its first case-insensitive miss. */
const LOWER_KEYS = new WeakMap<object, Map<string, string>>();

/** Own property by name, ignoring case (`ResourcesVpcConfig` / `resourcesVpcConfig`). */
export function prop(obj: unknown, name: string): unknown {
  if (!isRecord(obj)) return undefined;
  if (Object.hasOwn(obj, name)) return obj[name];
  let keys = LOWER_KEYS.get(obj);
  if (keys === undefined) {
    keys = new Map();
    for (const k of Object.keys(obj)) if (!keys.has(k.toLowerCase())) keys.set(k.toLowerCase(), k);
    LOWER_KEYS.set(obj, keys);
  }
  const key = keys.get(name.toLowerCase());
  return key === undefined ? undefined : obj[key];
}

/** Value at a dotted path (`endpoint.port`), ignoring case at every step. */
export function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  let from = 0;
  // Walks the path in place: most paths are one name, and splitting each would allocate per read.
  for (;;) {
    const dot = path.indexOf('.', from);
    cur = prop(cur, dot < 0 ? (from === 0 ? path : path.slice(from)) : path.slice(from, dot));
    if (cur === undefined || dot < 0) return cur;
    from = dot + 1;
  }
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A boolean, also from the `"true"`/`"false"` text some records carry. */
export function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
  }
  return undefined;
}

/** An integer, also from numeric text and from `3306.0` (how some records write integers). */
export function asInt(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\s*-?\d+(\.0+)?\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

export function asNumber(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** A list of strings; undefined unless every element is a string. */
export function asStrings(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.every((x): x is string => typeof x === 'string') ? v : undefined;
}

/** Elements of a list that are objects (others are dropped: they carry nothing we can read). */
export function records(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

/**
 * Typed reads from one section of a record. `required` fields: absent or null → Unknown. `nullable`
 * fields: absent → Unknown, null → null (a known "none").
 */
export class SectionReader {
  constructor(
    readonly root: Record<string, unknown> | undefined,
    readonly section: string = 'configuration',
  ) {}

  /** The raw value at a path, or undefined. */
  get(path: string): unknown {
    return this.root === undefined ? undefined : at(this.root, path);
  }

  /** True when the path is present (null counts as present). */
  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  /** The Unknown to record for a path the record does not carry. */
  missing(path: string): Unknown {
    if (this.root === undefined) return unknown(NOT_IN_RECORD(this.section));
    return unknown(`the AWS Config record has no ${this.section}.${path}`);
  }

  required<T>(path: string, read: (v: unknown) => T | undefined): unknown {
    const v = this.get(path);
    if (v === undefined) return this.missing(path);
    if (v === null) return unknown(`${this.section}.${path} is null in the AWS Config record`);
    return read(v) ?? v;
  }

  /**
   * A list field, its records mapped: a gap when the record lacks it, empty when null, and the raw
   * value (for the schema to reject, naming the field) when it is not a list.
   */
  list<T>(path: string, map: (items: Record<string, unknown>[]) => T): unknown {
    const v = this.get(path);
    if (v === undefined) return this.missing(path);
    if (v === null) return map([]);
    return Array.isArray(v) ? map(records(v)) : v;
  }

  nullable<T>(path: string, read: (v: unknown) => T | undefined): unknown {
    const v = this.get(path);
    if (v === undefined) return this.missing(path);
    if (v === null) return null;
    return read(v) ?? v;
  }
}

/**
 * The KMS key of an encrypted-or-not resource: the APIs leave the key out when the resource is not
 * encrypted, so there its absence is a known "no key" rather than a gap.
 */
export function kmsKeyOf(c: SectionReader, encryptedPath: string, keyPath = 'kmsKeyId'): unknown {
  if (!c.has(keyPath) && asBool(c.get(encryptedPath)) === false) return null;
  return c.nullable(keyPath, asString);
}
