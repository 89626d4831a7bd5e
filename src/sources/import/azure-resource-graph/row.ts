/**
 * One Azure Resource Graph row, normalised. Rows come from the `resources`, `resourcecontainers` and
 * `authorizationresources` tables in whatever the query projected; a missing column is kept as
 * "absent" (undefined) so mappers can record it as unknown rather than as false or empty. Row types
 * and ids are compared in lower case, since ARM treats them case-insensitively.
 */
import { isRecord, str } from '../json-file.js';

export interface ArgRow {
  /** The ARM id as given. */
  id: string;
  /** The ARM id in lower case: the asset uid. */
  uid: string;
  /** Lower case, e.g. `microsoft.storage/storageaccounts`. */
  type: string;
  name: string;
  /** Lower case; empty for rows above any subscription (management group scope). */
  subscriptionId: string;
  tenantId: string | undefined;
  /** `global` when the row has none. */
  location: string;
  resourceGroup: string | undefined;
  tags: Record<string, string>;
  /** The row's `properties`; undefined when the query did not project them (or they are null). */
  properties: Record<string, unknown> | undefined;
  /** Every column of the row, for mappers that read row-level columns (kind, sku, identity, managedBy). */
  columns: Record<string, unknown>;
  /**
   * Set when the row is a resource of an ARM template (IaC): its properties are complete as written
   * (an absent property is not set), and `read` hears which property each config field reads, so a
   * finding can point at that property's line.
   */
  template?: { read(field: string, path: string): void };
}

/** Own-property lookup along a path; safe against `__proto__` and friends in untrusted JSON. */
export function at(value: unknown, ...path: string[]): unknown {
  let v = value;
  for (const key of path) {
    if (!isRecord(v) || !Object.hasOwn(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

/** Whether a row carries a column at all (a projected-away column is absent, not null). */
export function hasColumn(row: ArgRow, column: string): boolean {
  return Object.hasOwn(row.columns, column);
}

/**
 * The resource type an ARM id names: `/subscriptions/s/resourceGroups/g/providers/Microsoft.Web/sites/a`
 * → `microsoft.web/sites`. Used when a query did not project `type`.
 */
export function typeFromId(id: string): string | undefined {
  const parts = id.split('/').filter((p) => p !== '');
  const lower = parts.map((p) => p.toLowerCase());
  const p = lower.lastIndexOf('providers');
  if (p >= 0 && p + 1 < parts.length) {
    const namespace = lower[p + 1];
    const types: string[] = [];
    for (let i = p + 2; i < lower.length; i += 2) types.push(lower[i] ?? '');
    return types.length === 0 ? undefined : `${namespace}/${types.join('/')}`;
  }
  if (lower[0] === 'subscriptions' && parts.length === 2) return 'microsoft.resources/subscriptions';
  if (lower[0] === 'subscriptions' && lower[2] === 'resourcegroups' && parts.length === 4)
    return 'microsoft.resources/subscriptions/resourcegroups';
  return undefined;
}

function subscriptionOfId(id: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1];
}

function tagsOf(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  // fromEntries defines own properties, so a `__proto__` tag stays a tag.
  return Object.fromEntries(
    Object.entries(v).map(([k, val]) => [k, typeof val === 'string' ? val : (JSON.stringify(val) ?? '')]),
  );
}

/** Some exports carry `properties` as JSON text; decode it when it is an object. */
function propertiesOf(v: unknown): Record<string, unknown> | undefined {
  if (isRecord(v)) return v;
  if (typeof v === 'string' && v.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(v);
      return isRecord(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Normalise one row, or say what is wrong with it.
 * @returns the row, or a string naming the problem (for a diagnostic).
 */
export function normaliseRow(raw: unknown): ArgRow | string {
  if (!isRecord(raw)) return 'a Resource Graph row must be a JSON object';
  const id = str(raw.id) ?? str(raw.ResourceId) ?? str(raw.resourceId);
  if (id === undefined || id === '') return 'row has no id (include `id` in the query projection)';
  const type = (str(raw.type) ?? typeFromId(id))?.toLowerCase();
  if (type === undefined || type === '')
    return `${id}: row has no type, and none can be read from the id (include \`type\` in the query projection)`;
  const subscriptionId = (str(raw.subscriptionId) || subscriptionOfId(id) || '').toLowerCase();
  const location = str(raw.location);
  return {
    id,
    uid: id.toLowerCase(),
    type,
    name:
      str(raw.name) ||
      id
        .split('/')
        .filter((p) => p !== '')
        .pop() ||
      id,
    subscriptionId,
    tenantId: str(raw.tenantId) || undefined,
    location: location === undefined || location === '' ? 'global' : location.toLowerCase(),
    resourceGroup: str(raw.resourceGroup),
    tags: tagsOf(raw.tags),
    properties: propertiesOf(raw.properties),
    columns: raw,
  };
}

/** Turn the REST table form's `[value, value, ...]` rows into objects keyed by column name. */
export function rowFromTable(columns: readonly string[], values: unknown): Record<string, unknown> | string {
  if (!Array.isArray(values)) return 'a table row must be an array of column values';
  if (values.length !== columns.length)
    return `a table row has ${values.length} values for ${columns.length} columns`;
  return Object.fromEntries(columns.map((c, i) => [c, values[i] as unknown]));
}
