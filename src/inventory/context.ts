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

/** Tag lookup that ignores case, spaces, underscores and dashes in keys (`Data_Classification`). */
function tagValue(tags: Record<string, string>, keys: readonly string[]): string | undefined {
  const norm = (k: string) => k.toLowerCase().replace(/[\s_-]/g, '');
  const wanted = new Set(keys.map(norm));
  for (const [k, v] of Object.entries(tags)) {
    if (wanted.has(norm(k)) && v.trim() !== '') return v.trim();
  }
  return undefined;
}

/**
 * Context for an asset from its tags.
 * @example contextFromTags({ Env: 'prod', Owner: 'payments' }) // { environment: 'production', owner: 'payments' }
 */
export function contextFromTags(
  tags: Record<string, string>,
  keys: ContextTagKeys = DEFAULT_CONTEXT_TAG_KEYS,
): AssetContext {
  const ctx: AssetContext = {};
  const owner = tagValue(tags, keys.owner);
  if (owner !== undefined) ctx.owner = owner;
  const env = tagValue(tags, keys.environment);
  if (env !== undefined) ctx.environment = ENVIRONMENTS[env.toLowerCase()] ?? env.toLowerCase();
  const dc = tagValue(tags, keys.dataClassification);
  if (dc !== undefined) ctx.dataClassification = CLASSES[dc.toLowerCase()] ?? dc.toLowerCase();
  return ctx;
}
