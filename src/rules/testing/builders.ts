/**
 * Typed asset builders for tests. `assetOf` parses the config through the type's schema, so a test
 * fixture that does not match the schema fails loudly instead of testing something impossible.
 */
import type { AnyAsset } from '../../model/asset.js';
import { buildAsset } from '../../inventory/build.js';
import { assetTypeDef, type AssetOf, type AssetType, type ConfigOf } from '../../inventory/types.js';

export interface AssetBaseOverrides {
  uid?: string;
  account?: string;
  region?: string;
  name?: string;
  tags?: Record<string, string>;
  relations?: { kind: string; target: string }[];
}

const DEFAULT_ACCOUNT: Record<string, string> = {
  aws: '111122223333',
  azure: '00000000-0000-0000-0000-000000000001',
  gcp: 'test-project',
};

/**
 * @example assetOf('aws.s3.bucket', { ...secureBucket, versioning: 'Off' }, { name: 'logs' })
 */
export function assetOf<T extends AssetType>(
  type: T,
  config: ConfigOf<T>,
  base: AssetBaseOverrides = {},
): AssetOf<T> {
  const def = assetTypeDef(type);
  if (!def) throw new Error(`unknown asset type ${type}`);
  const name = base.name ?? 'test';
  const { asset, warnings } = buildAsset(def, {
    uid: base.uid ?? `${type}/${name}`,
    account: base.account ?? DEFAULT_ACCOUNT[def.provider] ?? 'test',
    region: base.region ?? 'us-east-1',
    name,
    tags: base.tags ?? {},
    config,
    relations: base.relations ?? [],
    source: { kind: 'import', format: 'test' },
  });
  if (warnings.length > 0)
    throw new Error(`test fixture does not match the ${type} schema:\n${warnings.join('\n')}`);
  return asset as unknown as AssetOf<T>;
}

export type { AnyAsset };
