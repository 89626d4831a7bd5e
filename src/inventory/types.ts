/**
 * The asset type registry: a constant list of declarations (data, not mutable state) and the types
 * derived from it. `AssetOf<'aws.s3.bucket'>` is the typed asset rules receive.
 */
import type { z } from 'zod';
import type { Asset } from '../model/asset.js';
import { awsAssetTypes } from './aws/index.js';
import { azureAssetTypes } from './azure/index.js';
import { gcpAssetTypes } from './gcp/index.js';
import type { AssetTypeDef } from './define.js';

export const ASSET_TYPE_DEFS = [...awsAssetTypes, ...azureAssetTypes, ...gcpAssetTypes] as const;

export type AssetTypeDefs = (typeof ASSET_TYPE_DEFS)[number];
export type AssetType = AssetTypeDefs['type'];
export type DefOf<T extends AssetType> = Extract<AssetTypeDefs, { type: T }>;
export type ConfigOf<T extends AssetType> = z.infer<DefOf<T>['config']>;
/** Distributes over unions: `AssetOf<'a' | 'b'>` is `AssetOf<'a'> | AssetOf<'b'>`. */
export type AssetOf<T extends AssetType> = T extends AssetType ? Asset<T, ConfigOf<T>> : never;

const BY_TYPE: ReadonlyMap<string, AssetTypeDef> = new Map(ASSET_TYPE_DEFS.map((d) => [d.type, d]));

/** The declaration of an asset type, or undefined for a type Parapet does not know. */
export function assetTypeDef(type: string): AssetTypeDef | undefined {
  return BY_TYPE.get(type);
}

export function isAssetType(type: string): type is AssetType {
  return BY_TYPE.has(type);
}
