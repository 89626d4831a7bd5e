/**
 * The edge where source output becomes a typed asset. `buildAsset` parses a candidate's `config` with
 * the type's zod schema; a field that does not parse becomes Unknown with the reason (the rest of the
 * asset is kept), and the caller gets a warning naming the field. Oversized names and tags are cut
 * down with a warning rather than carried into reports and the store.
 */
import type { z } from 'zod';
import type { Asset, Relation, SourceRef } from '../model/asset.js';
import { InputError } from '../model/errors.js';
import { unknown } from '../model/unknown.js';
import { contextFromTags, DEFAULT_CONTEXT_TAG_KEYS, type ContextTagKeys } from './context.js';
import { parseConfigFast } from './config-parser.js';
import type { AssetTypeDef } from './define.js';

export const LIMITS = { name: 1024, tagCount: 256, tagKey: 512, tagValue: 4096 } as const;

export interface AssetCandidate {
  uid: string;
  account: string;
  region: string;
  name: string;
  tags: Record<string, string>;
  /** Raw-ish config; parsed here against the type's schema. */
  config: Record<string, unknown>;
  relations?: Relation[];
  source: SourceRef;
  capturedAt?: string;
}

export interface BuildResult<T extends string, S extends z.ZodObject> {
  asset: Asset<T, z.infer<S>>;
  warnings: string[];
}

export interface BuildOptions {
  contextTagKeys?: ContextTagKeys;
}

/**
 * Parse a candidate into a typed asset.
 * @example buildAsset(s3Bucket, { uid: 'arn:aws:s3:::b', ..., config: { versioning: 'Enabled', ... } })
 */
export function buildAsset<T extends string, S extends z.ZodObject>(
  def: AssetTypeDef<T, S>,
  candidate: AssetCandidate,
  options: BuildOptions = {},
): BuildResult<T, S> {
  const warnings: string[] = [];
  const fast = parseConfigFast(def, candidate.config);
  const data = fast === undefined ? parseConfig(def, candidate, warnings) : fast.data;
  const tags = boundedTags(candidate.tags, warnings, candidate.uid);
  const asset: Asset<T, z.infer<S>> = {
    uid: candidate.uid,
    type: def.type,
    provider: def.provider,
    account: candidate.account,
    region: candidate.region,
    name: bounded(candidate.name, LIMITS.name, 'name', warnings, candidate.uid),
    tags,
    config: data as z.infer<S>,
    relations: candidate.relations ?? [],
    context: contextFromTags(tags, options.contextTagKeys ?? DEFAULT_CONTEXT_TAG_KEYS),
    source: candidate.source,
  };
  if (candidate.capturedAt !== undefined) asset.capturedAt = candidate.capturedAt;
  return { asset, warnings };
}

/** The full parse: each field that does not parse becomes Unknown with the parser's reason. */
function parseConfig(def: AssetTypeDef, candidate: AssetCandidate, warnings: string[]): unknown {
  const config: Record<string, unknown> = { ...candidate.config };
  let parsed = def.config.safeParse(config);
  // Each failing top-level field becomes Unknown with the parser's reason; at most one retry per field.
  for (let attempt = 0; !parsed.success && attempt < 64; attempt++) {
    const fields = new Set<string>();
    for (const issue of parsed.error.issues) {
      const top = issue.path[0];
      if (typeof top !== 'string') continue;
      if (!fields.has(top)) {
        const where = issue.path.map(String).join('.');
        const reason = `malformed in source: ${issue.message} at config.${where}`;
        config[top] = unknown(reason);
        warnings.push(`${def.type} ${candidate.uid}: ${reason}`);
        fields.add(top);
      }
    }
    if (fields.size === 0) break;
    parsed = def.config.safeParse(config);
  }
  if (!parsed.success) {
    throw new InputError(
      `${def.type} ${candidate.uid}: config does not match the schema: ${parsed.error.message}`,
      {
        ...(candidate.source.file === undefined ? {} : { file: candidate.source.file }),
        ...(candidate.source.position === undefined ? {} : { position: candidate.source.position }),
      },
    );
  }
  return parsed.data;
}

function bounded(value: string, max: number, what: string, warnings: string[], uid: string): string {
  if (value.length <= max) return value;
  warnings.push(`${uid}: ${what} is ${value.length} characters; kept the first ${max}`);
  return `${value.slice(0, max)}…`;
}

function boundedTags(tags: Record<string, string>, warnings: string[], uid: string): Record<string, string> {
  if (withinLimits(tags)) return tags;
  const out: [string, string][] = [];
  const entries = Object.entries(tags);
  if (entries.length > LIMITS.tagCount) {
    warnings.push(`${uid}: ${entries.length} tags; kept the first ${LIMITS.tagCount}`);
  }
  for (const [k, v] of entries.slice(0, LIMITS.tagCount)) {
    const key = bounded(String(k), LIMITS.tagKey, 'tag key', warnings, uid);
    const value = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
    out.push([key, bounded(value, LIMITS.tagValue, `tag ${key}`, warnings, uid)]);
  }
  // fromEntries defines own properties, so a hostile `__proto__` tag key stays a plain key.
  return Object.fromEntries(out);
}

/**
 * True when `tags` can be kept as it is: a plain object of own string values within every limit. Most
 * are, and keeping them spares a copy per asset; the object keeps its own keys (`__proto__` included).
 */
function withinLimits(tags: Record<string, string>): boolean {
  if (Object.getPrototypeOf(tags) !== Object.prototype) return false;
  let count = 0;
  for (const k in tags) {
    if (!Object.hasOwn(tags, k)) return false;
    const v = tags[k];
    if (typeof v !== 'string' || v.length > LIMITS.tagValue || k.length > LIMITS.tagKey) return false;
    if (++count > LIMITS.tagCount) return false;
  }
  return true;
}
