/**
 * What a Resource Graph mapper is, and the vocabulary mappers share for the ways a value can be
 * missing:
 * - the row has no `properties` at all (not projected): every property-based field is unknown;
 * - the row's properties look partial (a query projected only some keys, e.g. with `pack(...)`): a
 *   property that is absent may have been projected away, so it is unknown, never "not set";
 * - in complete properties, a property ARM omits when it is "not set" is null (the asset type's
 *   JSDoc says what the service does then), and a property ARM always returns is unknown when absent.
 * Properties count as complete when they carry one of the keys ARM always returns for the type
 * (`provisioningState`, `vmId`, ...): the type's markers.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown, type Unknown } from '../../../../model/unknown.js';
import type { AssetCandidate } from '../../../../inventory/build.js';
import { isRecord, str } from '../../json-file.js';
import { hasColumn, type ArgRow } from '../row.js';

export interface MappedCandidate {
  type: string;
  candidate: AssetCandidate;
}

export type RowMapper = (row: ArgRow, source: SourceRef) => MappedCandidate[];

/** Reason recorded for every property-based config field of a row without `properties`. */
export const NO_PROPERTIES =
  'the Resource Graph row has no properties (the query did not project them, or the export flattened them)';

/** Reason for a row-level column the query did not project. */
export const NO_COLUMN = (column: string) =>
  unknown(`the Resource Graph row has no ${column} column (the query did not project it)`);

/** Reads one row's properties by dotted path, knowing whether they look complete. */
export class Props {
  readonly #p: Record<string, unknown>;
  readonly #partialBecause: string | undefined;
  readonly #onRead: ((path: string) => void) | undefined;

  constructor(
    properties: Record<string, unknown>,
    markers: readonly string[],
    onRead?: (path: string) => void,
  ) {
    this.#p = properties;
    this.#onRead = onRead;
    this.#partialBecause =
      markers.length === 0 || markers.some((m) => this.has(m))
        ? undefined
        : `none of ${markers.join(', ')} is present, so the query may have projected only some properties`;
  }

  /** The raw value at a dotted path (own properties only), or undefined. */
  get(path: string): unknown {
    this.#onRead?.(path);
    // Walks the path without splitting it: this runs for every field of every row.
    let v: unknown = this.#p;
    let start = 0;
    for (;;) {
      const dot = path.indexOf('.', start);
      const key = dot < 0 ? path.slice(start) : path.slice(start, dot);
      if (!isRecord(v)) return undefined;
      // A value that is itself unknown (an IaC expression) leaves everything under it unknown.
      if (typeof v.$unknown === 'string') return v;
      if (!Object.hasOwn(v, key)) return undefined;
      v = v[key];
      if (dot < 0) return v;
      start = dot + 1;
    }
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  /**
   * A property ARM omits when it is not set: the value; when absent, `notSet` (null unless given) in
   * complete properties, unknown in partial ones.
   */
  opt(path: string, notSet: unknown = null): unknown {
    const v = this.get(path);
    if (v !== undefined) return v;
    return this.#partialBecause === undefined ? notSet : this.absent(path);
  }

  /** A property ARM always returns: the value, or unknown naming the path. */
  req(path: string): unknown {
    const v = this.get(path);
    return v === undefined ? this.absent(path) : v;
  }

  /** Unknown for an absent property, saying why when the properties look partial. */
  absent(path: string): Unknown {
    return unknown(
      `properties.${path} is absent from the Resource Graph record` +
        (this.#partialBecause === undefined ? '' : ` (${this.#partialBecause})`),
    );
  }
}

/** How each config field is read from a row's properties (a module constant per asset type). */
export type FieldReaders = Readonly<Record<string, (p: Props) => unknown>>;

/**
 * Build the property-based part of a config. Without properties every field is unknown; with them,
 * each field's reader decides through `Props` (see opt / req).
 */
export function configFromProperties(
  row: ArgRow,
  markers: readonly string[],
  fields: FieldReaders,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (row.properties === undefined) {
    for (const k of Object.keys(fields)) out[k] = unknown(NO_PROPERTIES);
    return out;
  }
  // An ARM template's properties are complete as written: no markers to look for.
  const t = row.template;
  let field = '';
  const p = new Props(row.properties, t ? [] : markers, t ? (path) => t.read(field, path) : undefined);
  // The keys are the mapper's own field names (never `__proto__`), so plain assignment is safe.
  for (const [k, read] of Object.entries(fields)) {
    field = k;
    out[k] = read(p);
  }
  return out;
}

/** A string id in lower case (ARM ids are case-insensitive; uids are lower case); other values as they are. */
export function lowerId(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

/** Apply `f` to a known value; Unknown passes through. */
export function mapKnown(v: unknown, f: (v: unknown) => unknown): unknown {
  return isRecord(v) && typeof v.$unknown === 'string' ? v : f(v);
}

/** A row-level column: absent → unknown; present → `map(value)`. */
export function column(row: ArgRow, name: string, map: (v: unknown) => unknown = (v) => v): unknown {
  return hasColumn(row, name) ? map(row.columns[name]) : NO_COLUMN(name);
}

/** `Allow`/`allow`/`ALLOW` → `Allow` when it is one of `values`; anything else unchanged (the schema judges it). */
export function canonical<T extends string>(v: unknown, values: readonly T[]): unknown {
  if (typeof v !== 'string') return v;
  return values.find((x) => x.toLowerCase() === v.trim().toLowerCase()) ?? v;
}

/**
 * Storage / Key Vault firewall (`networkAcls`): absent from complete properties → null (no firewall;
 * every network allowed).
 */
export function networkAclsOf(p: Props): unknown {
  return mapKnown(p.opt('networkAcls'), (v) => {
    if (v === null || !isRecord(v)) return v;
    const ipRules = Array.isArray(v.ipRules) ? v.ipRules : [];
    const vnetRules = Array.isArray(v.virtualNetworkRules) ? v.virtualNetworkRules : [];
    return {
      // defaultAction is required by ARM; without it the schema marks the firewall malformed (unknown).
      defaultAction: canonical(v.defaultAction, ['Allow', 'Deny'] as const),
      bypass: str(v.bypass) ?? null,
      ipRules: ipRules.map((r: unknown) => (isRecord(r) ? (r.value ?? r.ipAddressOrRange) : r)),
      virtualNetworkRules: vnetRules.map((r: unknown) =>
        lowerId(isRecord(r) ? (r.id ?? r.virtualNetworkResourceId) : r),
      ),
    };
  });
}

/** Base fields every candidate from a row shares; the mapper adds `config` and `relations`. */
export function baseFromRow(row: ArgRow, source: SourceRef): Omit<AssetCandidate, 'config'> {
  return {
    uid: row.uid,
    account: row.subscriptionId || row.tenantId?.toLowerCase() || '',
    region: row.location,
    name: row.name,
    tags: row.tags,
    relations: [],
    source,
  };
}

/** Managed identity (row-level `identity`): absent column → unknown; null / `None` → null. */
export function identityOf(row: ArgRow): unknown {
  return column(row, 'identity', (v) => {
    if (v === null || v === undefined) return null;
    if (!isRecord(v)) return v;
    const type = str(v.type);
    if (type === undefined || type === '' || type.toLowerCase() === 'none') return null;
    return {
      type,
      principalId: str(v.principalId) ?? null,
      userAssignedIdentities: isRecord(v.userAssignedIdentities)
        ? Object.keys(v.userAssignedIdentities).map((k) => k.toLowerCase())
        : [],
    };
  });
}

/**
 * An ARM detail the live collector attached to the row (`parapet.arm.<name>`, see
 * sources/live/azure/enrich.ts): the raw ARM JSON; unknown with the collector's reason when the call
 * failed (`parapet.gaps.<name>`), or when the row has none (a plain Resource Graph export).
 */
export function armDetail(row: ArgRow, name: string, what: string): unknown {
  const p = row.columns.parapet;
  if (isRecord(p)) {
    const gaps = p.gaps;
    if (isRecord(gaps) && Object.hasOwn(gaps, name) && typeof gaps[name] === 'string')
      return unknown(gaps[name]);
    const arm = p.arm;
    if (isRecord(arm) && Object.hasOwn(arm, name)) return arm[name];
  }
  return unknown(
    `Resource Graph does not hold ${what}; a live scan (parapet scan --azure) reads it from ARM`,
  );
}

/** Own-property read along a path of a raw ARM value (safe against `__proto__` keys). */
export function pick(value: unknown, ...path: string[]): unknown {
  let v = value;
  for (const key of path) {
    if (!isRecord(v) || !Object.hasOwn(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

/** A detail that is a list of ARM resources: each mapped by `f`; unknown passes through. */
export function mapList(v: unknown, f: (item: unknown) => unknown): unknown {
  return mapKnown(v, (list) => (Array.isArray(list) ? list.map(f) : list));
}

/** The number of approved private endpoint connections in an ARM `privateEndpointConnections` list. */
export function approvedConnections(v: unknown): unknown {
  if (v === null) return 0;
  if (!Array.isArray(v)) return v;
  return v.filter((c: unknown) => {
    const status =
      pick(c, 'properties', 'privateLinkServiceConnectionState', 'status') ??
      pick(c, 'privateLinkServiceConnectionState', 'status');
    return typeof status !== 'string' || status.toLowerCase() === 'approved';
  }).length;
}

/** An ARM diagnostic setting as the inventory records it. */
export function diagnosticSettingOf(raw: unknown): unknown {
  const p = pick(raw, 'properties') ?? raw;
  const logs = pick(p, 'logs');
  const enabled = Array.isArray(logs)
    ? logs
        .filter((l: unknown) => pick(l, 'enabled') === true)
        .map((l: unknown) => pick(l, 'category') ?? pick(l, 'categoryGroup'))
        .filter((c): c is string => typeof c === 'string')
    : [];
  const idOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v.toLowerCase() : null);
  return {
    name: pick(raw, 'name') ?? '',
    enabledLogs: enabled,
    workspaceId: idOrNull(pick(p, 'workspaceId')),
    storageAccountId: idOrNull(pick(p, 'storageAccountId')),
    eventHubAuthorizationRuleId: idOrNull(pick(p, 'eventHubAuthorizationRuleId')),
  };
}

/** A raw value as lower-case text when it is a string; '' otherwise (for comparisons). */
export function lowerText(v: unknown): string {
  return typeof v === 'string' ? v.toLowerCase() : '';
}
