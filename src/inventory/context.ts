/**
 * Business context from tags: who owns an asset, which environment it belongs to, what data it holds.
 * Tag keys are configurable (parapet config `tags`); values are normalised so `prod`, `Production`
 * and `prd` all mean `production`.
 */
import type { AssetContext } from '../model/asset.js';

export interface ContextTagKeys {
  owner: string[];
  environment: string[];
  dataClassification: string[];
}

export const DEFAULT_CONTEXT_TAG_KEYS: ContextTagKeys = {
  owner: ['owner', 'team', 'owner-email', 'contact', 'created-by'],
  environment: ['environment', 'env', 'stage', 'tier'],
  dataClassification: [
    'data-classification',
    'dataclassification',
    'data-class',
    'classification',
    'confidentiality',
  ],
};

const ENVIRONMENTS: Record<string, string> = {
  prod: 'production',
  prd: 'production',
  production: 'production',
  live: 'production',
  stage: 'staging',
  stg: 'staging',
  staging: 'staging',
  preprod: 'staging',
  'pre-prod': 'staging',
  uat: 'staging',
  dev: 'development',
  development: 'development',
  test: 'test',
  testing: 'test',
  qa: 'test',
  sandbox: 'sandbox',
  sbx: 'sandbox',
};

const CLASSES: Record<string, string> = {
  restricted: 'restricted',
  secret: 'restricted',
  'highly-confidential': 'restricted',
  pii: 'confidential',
  phi: 'restricted',
  pci: 'restricted',
  confidential: 'confidential',
  sensitive: 'confidential',
  internal: 'internal',
  private: 'internal',
  public: 'public',
};

/** A known normalised value, or the value itself in lower case (own keys only: `constructor` is just text). */
function lookup(table: Record<string, string>, value: string): string {
  const v = value.toLowerCase();
  return Object.hasOwn(table, v) ? table[v]! : v;
}

const norm = (k: string) => k.toLowerCase().replace(/[\s_-]/g, '');

interface Wanted {
  owner: Set<string>;
  environment: Set<string>;
  dataClassification: Set<string>;
  /** Tag key → normalised key: an estate repeats a few tag keys on every asset. */
  normalised: Map<string, string>;
}

/** Normalised key sets per configuration, built once (the same keys object serves a whole scan). */
const WANTED = new WeakMap<ContextTagKeys, Wanted>();
/** Bounds the memo of normalised tag keys (keys beyond it are normalised each time). */
const MAX_MEMO = 4096;

function wantedKeys(keys: ContextTagKeys): Wanted {
  let w = WANTED.get(keys);
  if (w === undefined) {
    w = {
      owner: new Set(keys.owner.map(norm)),
      environment: new Set(keys.environment.map(norm)),
      dataClassification: new Set(keys.dataClassification.map(norm)),
      normalised: new Map(),
    };
    WANTED.set(keys, w);
  }
  return w;
}

function normalisedKey(w: Wanted, k: string): string {
  let key = w.normalised.get(k);
  if (key === undefined) {
    key = norm(k);
    if (w.normalised.size < MAX_MEMO) w.normalised.set(k, key);
  }
  return key;
}

/**
 * Context for an asset from its tags. Keys match ignoring case, spaces, underscores and dashes
 * (`Data_Classification`); the first matching tag with a value wins.
 * @example contextFromTags({ Env: 'prod', Owner: 'payments' }) // { environment: 'production', owner: 'payments' }
 */
export function contextFromTags(
  tags: Record<string, string>,
  keys: ContextTagKeys = DEFAULT_CONTEXT_TAG_KEYS,
): AssetContext {
  const ctx: AssetContext = {};
  let wanted: ReturnType<typeof wantedKeys> | undefined;
  for (const k in tags) {
    if (!Object.hasOwn(tags, k)) continue;
    const v = tags[k]!.trim();
    if (v === '') continue;
    wanted ??= wantedKeys(keys);
    const key = normalisedKey(wanted, k);
    if (ctx.owner === undefined && wanted.owner.has(key)) ctx.owner = v;
    if (ctx.environment === undefined && wanted.environment.has(key))
      ctx.environment = lookup(ENVIRONMENTS, v);
    if (ctx.dataClassification === undefined && wanted.dataClassification.has(key)) {
      ctx.dataClassification = lookup(CLASSES, v);
    }
  }
  return ctx;
}
