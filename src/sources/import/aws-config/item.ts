/**
 * AWS Config configuration items in every spelling AWS delivers them, normalised to one shape:
 * - the S3-delivered snapshot / history file and Config events: `awsAccountId`, `ARN`, objects;
 * - the API (`get-resource-config-history`, `batch-get-resource-config`): `accountId`, `arn`,
 *   `configuration` as a JSON string, supplementary values as JSON strings (sometimes encoded twice);
 * - `select-resource-config` rows: whatever the query selected, tags as `[{key, value}]`.
 */
import { isRecord, str } from '../json-file.js';

export interface ConfigRelationship {
  resourceType: string;
  resourceId: string;
  resourceName?: string;
  /** e.g. `Is associated with SecurityGroup`, `Is contained in Vpc`. */
  name: string;
}

export interface ConfigItem {
  resourceType: string;
  resourceId: string;
  resourceName?: string;
  arn?: string;
  accountId: string;
  region: string;
  availabilityZone?: string;
  captureTime?: string;
  /** `OK`, `ResourceDiscovered`, `ResourceDeleted`, `ResourceNotRecorded`, ... */
  status?: string;
  tags: Record<string, string>;
  relationships: ConfigRelationship[];
  /** Decoded `configuration`; undefined when the record does not carry it (e.g. not selected). */
  configuration: Record<string, unknown> | undefined;
  /** Decoded `supplementaryConfiguration` values; undefined when the record does not carry it. */
  supplementary: Record<string, unknown> | undefined;
}

export const DELETED_STATUSES = new Set([
  'ResourceDeleted',
  'ResourceDeletedNotRecorded',
  'ResourceNotRecorded',
]);

/**
 * Decode a value that may be JSON text, possibly encoded more than once (`"\"{\\\"a\\\":1}\""`).
 * Plain strings that are not JSON are returned as they are.
 */
export function decodeNested(v: unknown, depth = 0): unknown {
  if (typeof v !== 'string' || depth > 3) return v;
  const t = v.trim();
  if (t === '') return v;
  const first = t[0];
  const looksJson =
    first === '{' || first === '[' || first === '"' || t === 'true' || t === 'false' || t === 'null';
  if (!looksJson) return v;
  try {
    return decodeNested(JSON.parse(t), depth + 1);
  } catch {
    return v;
  }
}

function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return '';
  return JSON.stringify(v);
}

/** True for a plain object whose own values are all strings: such tags are used as they are. */
function isStringRecord(v: Record<string, unknown>): v is Record<string, string> {
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!Object.hasOwn(v, k) || typeof v[k] !== 'string') return false;
  return true;
}

function tagsOf(v: unknown): Record<string, string> {
  // JSON.parse makes every key an own property (`__proto__` too), so the parsed object is safe to keep.
  if (isRecord(v) && isStringRecord(v)) return v;
  const entries: [string, string][] = [];
  if (Array.isArray(v)) {
    for (const t of v) {
      if (!isRecord(t)) continue;
      const k = str(t.key) ?? str(t.Key);
      const val = t.value ?? t.Value;
      if (k !== undefined) entries.push([k, scalarText(val)]);
    }
  } else if (isRecord(v)) {
    for (const [k, val] of Object.entries(v)) entries.push([k, scalarText(val)]);
  }
  return Object.fromEntries(entries);
}

function relationshipsOf(v: unknown): ConfigRelationship[] {
  if (!Array.isArray(v)) return [];
  const out: ConfigRelationship[] = [];
  for (const r of v) {
    if (!isRecord(r)) continue;
    const resourceType = str(r.resourceType);
    const resourceId = str(r.resourceId) ?? str(r.resourceName);
    if (resourceType === undefined || resourceId === undefined) continue;
    const rel: ConfigRelationship = {
      resourceType,
      resourceId,
      name: str(r.name) ?? str(r.relationshipName) ?? '',
    };
    const rn = str(r.resourceName);
    if (rn !== undefined) rel.resourceName = rn;
    out.push(rel);
  }
  return out;
}

/** `s` with each value decoded (`decodeNested`); `s` itself when no value is text to decode. */
function decodedValues(s: Record<string, unknown>): Record<string, unknown> {
  let text = false;
  for (const k in s) if (typeof s[k] === 'string') text = true;
  if (!text && Object.getPrototypeOf(s) === Object.prototype) return s;
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, decodeNested(v)]));
}

/**
 * Normalise one raw configuration item, or say what is missing.
 * @returns the item, or a string naming the problem (for a diagnostic).
 */
export function normaliseItem(raw: unknown): ConfigItem | string {
  if (!isRecord(raw)) return 'a configuration item must be a JSON object';
  const resourceType = str(raw.resourceType);
  if (resourceType === undefined) return 'missing resourceType';
  const resourceId = str(raw.resourceId) ?? str(raw.resourceName);
  if (resourceId === undefined) return `${resourceType}: missing resourceId`;
  const arn = str(raw.arn) ?? str(raw.ARN);
  const accountId =
    str(raw.accountId) ??
    str(raw.awsAccountId) ??
    (arn ? /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1] : undefined);
  if (accountId === undefined) return `${resourceType} ${resourceId}: missing accountId/awsAccountId`;
  const region = str(raw.awsRegion) ?? 'global';

  let configuration: Record<string, unknown> | undefined;
  if ('configuration' in raw) {
    const c = decodeNested(raw.configuration);
    if (c === null) configuration = {};
    else if (isRecord(c)) configuration = c;
    else return `${resourceType} ${resourceId}: configuration is not an object`;
  }
  let supplementary: Record<string, unknown> | undefined;
  if ('supplementaryConfiguration' in raw) {
    const s = decodeNested(raw.supplementaryConfiguration);
    if (isRecord(s)) supplementary = decodedValues(s);
    else if (s === null) supplementary = {};
    else return `${resourceType} ${resourceId}: supplementaryConfiguration is not an object`;
  }

  const item: ConfigItem = {
    resourceType,
    resourceId,
    accountId,
    region,
    tags: tagsOf(raw.tags),
    relationships: relationshipsOf(raw.relationships),
    configuration,
    supplementary,
  };
  const name = str(raw.resourceName);
  if (name !== undefined) item.resourceName = name;
  if (arn !== undefined) item.arn = arn;
  const az = str(raw.availabilityZone);
  if (az !== undefined) item.availabilityZone = az;
  const ct = str(raw.configurationItemCaptureTime);
  if (ct !== undefined) item.captureTime = ct;
  const st = str(raw.configurationItemStatus);
  if (st !== undefined) item.status = st;
  return item;
}
