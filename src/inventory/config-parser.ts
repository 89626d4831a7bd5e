/**
 * A faster way to the same parse of an asset's `config`. Every top-level field is `maybe(X)`, a union
 * of X and the Unknown marker; zod tries X, then the marker, and a union costs several times a plain
 * schema. But which fields hold a marker is plain to see before parsing, so for each combination of
 * unknown fields (in practice a handful per type) this builds, once, the type's schema with X for the
 * other fields and the marker schema for those: one plain object parse per asset.
 *
 * The result is the union's whenever this parse succeeds: X is what the union tries first, and for a
 * marker the union falls through to the marker schema because X rejects it (checked per field here;
 * a field whose X accepts a marker keeps its union). When it fails, the caller parses with the full
 * schema, so errors and their messages are exactly the union's.
 */
import { z } from 'zod';
import { unknownSchema, type AssetTypeDef } from './define.js';

/** More combinations of unknown fields than this per type, and the rest take the full schema. */
const MAX_VARIANTS = 64;

type Parsed = { data: Record<string, unknown> } | undefined;

class ConfigParser {
  /** Top-level fields that are `maybe(X)` with an X that rejects markers: the fields this can speed up. */
  readonly #fields: string[] = [];
  /** Overrides making each of those fields plain X. */
  readonly #known: Record<string, z.ZodType> = {};
  /** Parser per combination of fields holding a marker (`''`: none), built on first use. */
  readonly #variants = new Map<string, z.ZodType>();

  constructor(readonly schema: z.ZodObject) {
    for (const [field, fieldSchema] of Object.entries(schema.shape)) {
      const inner = knownPartOf(fieldSchema as z.ZodType);
      if (inner === undefined) continue;
      this.#fields.push(field);
      this.#known[field] = inner;
    }
  }

  /** The parsed config, or undefined when the caller must parse with the full schema. */
  parse(config: Record<string, unknown>): Parsed {
    let key = '';
    const fields = this.#fields;
    for (let i = 0; i < fields.length; i++) {
      if (looksUnknown(config[fields[i]!])) key += `${i},`;
    }
    let parser = this.#variants.get(key);
    if (parser === undefined) {
      if (this.#variants.size >= MAX_VARIANTS) return undefined;
      parser = this.#variant(key);
      this.#variants.set(key, parser);
    }
    const r = parser.safeParse(config);
    return r.success ? { data: r.data as Record<string, unknown> } : undefined;
  }

  #variant(key: string): z.ZodType {
    const overrides: Record<string, z.ZodType> = { ...this.#known };
    for (const i of key.split(',')) {
      if (i !== '') overrides[this.#fields[Number(i)]!] = unknownSchema;
    }
    // extend keeps the object's own settings and its key order, so the output is shaped alike.
    return this.schema.extend(overrides);
  }
}

/** X of a field declared `maybe(X)`, when X rejects an Unknown marker; otherwise undefined. */
function knownPartOf(field: z.ZodType): z.ZodType | undefined {
  if (!(field instanceof z.ZodUnion)) return undefined;
  const options = field.options as readonly z.ZodType[];
  if (options.length !== 2 || options[1] !== unknownSchema) return undefined;
  const inner = options[0]!;
  return inner.safeParse({ $unknown: 'probe' }).success ? undefined : inner;
}

function looksUnknown(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { $unknown?: unknown }).$unknown === 'string';
}

/** Parsers per asset type, keyed by the (constant) declaration. */
const PARSERS = new WeakMap<AssetTypeDef, ConfigParser>();

/**
 * Parse `config` with the type's schema by the fast path; undefined when that is not possible or the
 * config does not parse (then parse with `def.config` for the exact issues).
 * @example parseConfigFast(s3Bucket, candidate.config)?.data
 */
export function parseConfigFast(def: AssetTypeDef, config: Record<string, unknown>): Parsed {
  let parser = PARSERS.get(def);
  if (parser === undefined) {
    parser = new ConfigParser(def.config);
    PARSERS.set(def, parser);
  }
  return parser.parse(config);
}
