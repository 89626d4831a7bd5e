/**
 * How an asset type is declared: a zod schema for its `config`, parsed at the edge by `buildAsset`.
 * Every config field is either a value or an Unknown (`maybe(...)`): sources that cannot read a field
 * say so with a reason; they never invent a default.
 */
import { z } from 'zod';
import type { Provider } from '../model/asset.js';

export const unknownSchema = z.object({ $unknown: z.string() }).strict();

/** A config field that a source may be unable to read. */
export function maybe<T extends z.ZodType>(schema: T) {
  return z.union([schema, unknownSchema]);
}

export interface AssetTypeDef<T extends string = string, S extends z.ZodObject = z.ZodObject> {
  type: T;
  provider: Provider;
  /** Human name, e.g. `S3 bucket`. */
  title: string;
  config: S;
  /**
   * Several sources may describe parts of the same resource (a GCP bucket and its IAM policy; an IAM
   * user from AWS Config and from the credential report). Assets of a mergeable type are held until
   * every source has been read, then merged by uid (known fields win over unknown ones).
   */
  mergeable?: boolean;
}

/** Declare an asset type. The literal `type` is kept so rules get precise types. */
export function defineAssetType<const T extends string, S extends z.ZodObject>(
  def: AssetTypeDef<T, S>,
): AssetTypeDef<T, S> {
  return def;
}
