/**
 * A small OCSF checker: validates an event against the schema *source* definitions (the ocsf-schema
 * repository layout: dictionary.json, categories.json, events/, objects/, profiles/). It resolves
 * `extends` and `$include`, merges attribute definitions over the dictionary, and reports missing
 * required attributes, attributes the class or object does not define, wrong types and values outside
 * an enum, plus the class/category/type uid arithmetic. Used by tests and `scripts/check-ocsf.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface AttrDef {
  type?: string;
  is_array?: boolean;
  requirement?: string;
  enum?: Record<string, unknown>;
  /** Set when the attribute comes from a profile: required only when the event applies the profile. */
  profile?: string;
}
type Attrs = Record<string, AttrDef>;
interface SchemaFile {
  name?: string;
  uid?: number;
  extends?: string;
  category?: string;
  attributes?: Record<string, unknown>;
}

const SCALARS: Record<string, 'string' | 'integer' | 'number' | 'boolean' | 'any'> = {
  string_t: 'string',
  integer_t: 'integer',
  long_t: 'integer',
  float_t: 'number',
  boolean_t: 'boolean',
  timestamp_t: 'integer',
  json_t: 'any',
};

export class OcsfSchema {
  readonly #dir: string;
  readonly #dictionary: Attrs;
  readonly #types: Record<string, { type?: string }>;
  readonly #objects = new Map<string, Attrs>();
  readonly #events = new Map<string, string>();
  readonly categories: Record<string, { uid: number }>;
  readonly version: string;

  constructor(dir: string) {
    this.#dir = dir;
    const dict = JSON.parse(readFileSync(join(dir, 'dictionary.json'), 'utf8')) as {
      attributes: Attrs;
      types: { attributes: Record<string, { type?: string }> };
    };
    this.#dictionary = dict.attributes;
    this.#types = dict.types.attributes;
    this.categories = (
      JSON.parse(readFileSync(join(dir, 'categories.json'), 'utf8')) as {
        attributes: Record<string, { uid: number }>;
      }
    ).attributes;
    this.version = (
      JSON.parse(readFileSync(join(dir, 'version.json'), 'utf8')) as { version: string }
    ).version;
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.json')) {
          const name = (JSON.parse(readFileSync(p, 'utf8')) as SchemaFile).name;
          if (name) this.#events.set(name, p);
        }
      }
    };
    walk(join(dir, 'events'));
  }

  /** Whether `dir` looks like an OCSF schema checkout (tests skip when it does not). */
  static available(dir: string): boolean {
    return existsSync(join(dir, 'dictionary.json')) && existsSync(join(dir, 'events'));
  }

  #read(path: string): SchemaFile {
    return JSON.parse(readFileSync(path, 'utf8')) as SchemaFile;
  }

  #merge(into: Attrs, attributes: Record<string, unknown> | undefined, profile?: string): void {
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (k === '$include') {
        for (const inc of v as string[]) {
          const m = /^profiles\/(.+)\.json$/.exec(inc);
          this.#merge(into, this.#read(join(this.#dir, inc)).attributes, m ? m[1] : profile);
        }
        continue;
      }
      const def: AttrDef = profile === undefined ? (v as AttrDef) : { ...(v as AttrDef), profile };
      const prev = into[k] ?? {};
      // Enums merge (a class adds values to the dictionary's), other fields override.
      const merged: AttrDef = { ...prev, ...def };
      if (prev.enum || def.enum) merged.enum = { ...(prev.enum ?? {}), ...(def.enum ?? {}) };
      into[k] = merged;
    }
  }

  #withDictionary(attrs: Attrs): Attrs {
    const out: Attrs = {};
    for (const [k, v] of Object.entries(attrs)) {
      const d = this.#dictionary[k] ?? {};
      out[k] = { ...d, ...v };
      if (d.enum || v.enum) out[k].enum = { ...(d.enum ?? {}), ...(v.enum ?? {}) };
    }
    return out;
  }

  object(name: string): Attrs | undefined {
    const cached = this.#objects.get(name);
    if (cached) return cached;
    const path = join(this.#dir, 'objects', `${name}.json`);
    if (!existsSync(path)) return undefined;
    const file = this.#read(path);
    const attrs: Attrs = {};
    if (file.extends && file.extends !== 'object') Object.assign(attrs, this.object(file.extends) ?? {});
    this.#merge(attrs, file.attributes);
    const out = this.#withDictionary(attrs);
    this.#objects.set(name, out);
    return out;
  }

  /** The resolved attributes and uids of an event class (e.g. `compliance_finding`). */
  eventClass(name: string): { attrs: Attrs; classUid: number; categoryUid: number } {
    const chain: SchemaFile[] = [];
    let cur: string | undefined = name;
    while (cur) {
      const path = this.#events.get(cur);
      if (!path) throw new Error(`OCSF: no event class "${cur}"`);
      const file = this.#read(path);
      chain.unshift(file);
      cur = file.extends;
    }
    const attrs: Attrs = {};
    for (const file of chain) this.#merge(attrs, file.attributes);
    const own = chain[chain.length - 1]!;
    const category = chain
      .map((f) => f.category)
      .filter((c): c is string => c !== undefined)
      .pop();
    const categoryUid = category ? (this.categories[category]?.uid ?? 0) : 0;
    return { attrs: this.#withDictionary(attrs), classUid: categoryUid * 1000 + (own.uid ?? 0), categoryUid };
  }

  #baseType(type: string): string {
    let t = type;
    for (let i = 0; i < 5 && !(t in SCALARS); i++) {
      const next = this.#types[t]?.type;
      if (!next) break;
      t = next;
    }
    return t;
  }

  #check(
    value: unknown,
    attrs: Attrs,
    path: string,
    problems: string[],
    profiles: ReadonlySet<string>,
  ): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${path}: expected an object`);
      return;
    }
    const obj = value as Record<string, unknown>;
    for (const [k, def] of Object.entries(attrs))
      if (
        def.requirement === 'required' &&
        obj[k] === undefined &&
        (def.profile === undefined || profiles.has(def.profile))
      )
        problems.push(`${path}.${k}: required attribute missing`);
    for (const [k, v] of Object.entries(obj)) {
      const def = attrs[k];
      if (!def) {
        problems.push(`${path}.${k}: not an attribute of this class or object`);
        continue;
      }
      if (def.is_array) {
        if (!Array.isArray(v)) problems.push(`${path}.${k}: expected an array`);
        else v.forEach((item, i) => this.#value(item, def, `${path}.${k}[${i}]`, problems, profiles));
      } else this.#value(v, def, `${path}.${k}`, problems, profiles);
    }
  }

  #value(v: unknown, def: AttrDef, path: string, problems: string[], profiles: ReadonlySet<string>): void {
    const type = def.type ?? 'json_t';
    const base = this.#baseType(type);
    const scalar = SCALARS[base];
    if (scalar === undefined) {
      if (base === 'object') {
        if (typeof v !== 'object' || v === null) problems.push(`${path}: expected an object`);
        return;
      }
      const attrs = this.object(type);
      if (!attrs) {
        problems.push(`${path}: unknown type ${type}`);
        return;
      }
      this.#check(v, attrs, path, problems, profiles);
      return;
    }
    const ok =
      scalar === 'any' ||
      (scalar === 'string' && typeof v === 'string') ||
      (scalar === 'integer' && Number.isInteger(v)) ||
      (scalar === 'number' && typeof v === 'number' && Number.isFinite(v)) ||
      (scalar === 'boolean' && typeof v === 'boolean');
    if (!ok) {
      problems.push(`${path}: expected ${type}, got ${JSON.stringify(v)?.slice(0, 40)}`);
      return;
    }
    if (def.enum && !(String(v) in def.enum))
      problems.push(`${path}: ${JSON.stringify(v)} is not one of ${Object.keys(def.enum).join(', ')}`);
  }

  /** Problems with `event` as an instance of `className`; empty when it conforms. */
  validate(event: unknown, className: string): string[] {
    const { attrs, classUid, categoryUid } = this.eventClass(className);
    const problems: string[] = [];
    const e = event as Record<string, unknown>;
    const profiles = new Set(
      ((e.metadata as { profiles?: unknown } | undefined)?.profiles as string[] | undefined) ?? [],
    );
    // The uids are fixed by the class; their dictionary enums list only the generic values.
    const resolved: Attrs = {};
    for (const [k, def] of Object.entries(attrs)) {
      resolved[k] = { ...def };
      if (['class_uid', 'category_uid', 'type_uid'].includes(k)) delete resolved[k].enum;
    }
    this.#check(event, resolved, '$', problems, profiles);
    if (e.class_uid !== classUid)
      problems.push(`$.class_uid: expected ${classUid}, got ${String(e.class_uid)}`);
    if (e.category_uid !== categoryUid)
      problems.push(`$.category_uid: expected ${categoryUid}, got ${String(e.category_uid)}`);
    if (typeof e.activity_id === 'number' && e.type_uid !== classUid * 100 + e.activity_id)
      problems.push(`$.type_uid: expected ${classUid * 100 + e.activity_id}, got ${String(e.type_uid)}`);
    return problems;
  }
}
