/**
 * Cloud Asset Inventory records in every spelling gcloud and the API deliver them, normalised to one
 * shape: `gcloud asset export` files (proto field names: `asset_type`, `iam_policy`,
 * `discovery_document_uri`, `update_time`), `gcloud asset list --format=json` and the REST API
 * (JSON names: `assetType`, `iamPolicy`, `updateTime`), and history/feed records that wrap the asset
 * (`{ "asset": {...}, "window": {...}, "deleted": true }`). Only the envelope differs between
 * spellings; `resource.data` is the service's own JSON in every case.
 */
import { isRecord, str } from '../json-file.js';

export interface CaiResource {
  /** The resource's configuration as its service's API returns it; undefined when the record has none. */
  data: Record<string, unknown> | undefined;
  /** Full name of the parent, e.g. `//cloudresourcemanager.googleapis.com/projects/123456`. */
  parent: string | undefined;
  /** Region, zone or multi-region, when the record says. */
  location: string | undefined;
}

export interface CaiRecord {
  /** Full resource name, e.g. `//storage.googleapis.com/my-bucket`. */
  name: string;
  /** e.g. `storage.googleapis.com/Bucket`. */
  assetType: string;
  /** Present for `--content-type=resource` records. */
  resource: CaiResource | undefined;
  /** Present for `--content-type=iam-policy` records (raw; mappers normalise it). */
  iamPolicy: Record<string, unknown> | undefined;
  /** `["projects/123", "folders/4", "organizations/5"]`, nearest first. */
  ancestors: string[];
  updateTime: string | undefined;
  /** Content types other than resource and iam-policy that the record carries (`org-policy`, ...). */
  otherContent: string[];
  /** A history or feed record saying the asset was deleted. */
  deleted: boolean;
}

const OTHER_CONTENT: readonly (readonly [string, string, string])[] = [
  ['orgPolicy', 'org_policy', 'org-policy'],
  ['accessPolicy', 'access_policy', 'access-policy'],
  ['accessLevel', 'access_level', 'access-policy'],
  ['servicePerimeter', 'service_perimeter', 'access-policy'],
  ['osInventory', 'os_inventory', 'os-inventory'],
  ['relatedAssets', 'related_assets', 'relationship'],
  ['relatedAsset', 'related_asset', 'relationship'],
];

/** The value under the JSON name or the proto name of a field (`assetType` / `asset_type`). */
export function field(raw: Record<string, unknown>, camel: string, snake: string): unknown {
  return Object.hasOwn(raw, camel) ? raw[camel] : Object.hasOwn(raw, snake) ? raw[snake] : undefined;
}

function resourceOf(v: unknown): CaiResource | undefined | string {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) return 'resource is not an object';
  const data = v.data;
  if (data !== undefined && data !== null && !isRecord(data)) return 'resource.data is not an object';
  return {
    data: isRecord(data) ? data : undefined,
    parent: str(v.parent),
    location: str(v.location),
  };
}

/**
 * Normalise one raw CAI record, or say what is wrong with it.
 * @returns the record, or a string naming the problem (for a diagnostic).
 * @example normaliseRecord({ name: '//storage.googleapis.com/b', asset_type: 'storage.googleapis.com/Bucket', resource: { data: {} } })
 */
export function normaliseRecord(raw: unknown): CaiRecord | string {
  if (!isRecord(raw)) return 'a CAI record must be a JSON object';
  let asset = raw;
  let deleted = raw.deleted === true;
  // History (`get-history`) and feed records wrap the asset with its time window.
  if (
    isRecord(raw.asset) &&
    ('window' in raw || 'deleted' in raw || 'priorAsset' in raw || 'prior_asset' in raw)
  ) {
    asset = raw.asset;
    deleted = deleted || asset.deleted === true;
  }
  const name = str(asset.name);
  if (name === undefined)
    return 'missing name (the full resource name, e.g. //storage.googleapis.com/my-bucket)';
  const assetType = str(field(asset, 'assetType', 'asset_type'));
  if (assetType === undefined) return `${name}: missing assetType/asset_type`;
  const resource = resourceOf(asset.resource);
  if (typeof resource === 'string') return `${name}: ${resource}`;
  const policy = field(asset, 'iamPolicy', 'iam_policy');
  if (policy !== undefined && policy !== null && !isRecord(policy))
    return `${name}: iamPolicy is not an object`;
  const ancestors = Array.isArray(asset.ancestors)
    ? asset.ancestors.filter((a): a is string => typeof a === 'string')
    : [];
  const otherContent = [
    ...new Set(
      OTHER_CONTENT.filter(([camel, snake]) => field(asset, camel, snake) != null).map(([, , kind]) => kind),
    ),
  ];
  const updateTime = str(field(asset, 'updateTime', 'update_time'));
  return {
    name,
    assetType,
    resource,
    iamPolicy: isRecord(policy) ? policy : undefined,
    ancestors,
    updateTime,
    otherContent,
    deleted,
  };
}
