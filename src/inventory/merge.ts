/**
 * Merging two descriptions of the same resource from different sources (e.g. a GCP bucket from the
 * resource export and its IAM policy from the iam-policy export; an IAM user from AWS Config and from
 * the credential report). Known values win over unknown ones; when both sources know a field, the
 * later one wins. Tags are united, relations de-duplicated, context recomputed from the merged tags.
 */
import type { AnyAsset } from '../model/asset.js';
import { isUnknown } from '../model/unknown.js';
import { contextFromTags, DEFAULT_CONTEXT_TAG_KEYS, type ContextTagKeys } from './context.js';

export function mergeAssets(
  a: AnyAsset,
  b: AnyAsset,
  keys: ContextTagKeys = DEFAULT_CONTEXT_TAG_KEYS,
): AnyAsset {
  const config: Record<string, unknown> = { ...a.config };
  for (const [field, value] of Object.entries(b.config)) {
    if (!isUnknown(value) || !(field in config)) config[field] = value;
  }
  const tags = { ...a.tags, ...b.tags };
  const seen = new Set<string>();
  const relations = [...a.relations, ...b.relations].filter((r) => {
    const key = `${r.kind}\u0000${r.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const merged: AnyAsset = {
    ...a,
    name: a.name === '' || a.name === a.uid ? b.name : a.name,
    account: a.account === '' ? b.account : a.account,
    region: a.region === 'global' && b.region !== '' ? b.region : a.region,
    tags,
    config,
    relations,
    context: contextFromTags(tags, keys),
  };
  const capturedAt = [a.capturedAt, b.capturedAt]
    .filter((t): t is string => t !== undefined)
    .sort()
    .pop();
  if (capturedAt !== undefined) merged.capturedAt = capturedAt;
  return merged;
}
