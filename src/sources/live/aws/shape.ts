/**
 * SDK responses → the spelling AWS Config uses for the same data. AWS Config derives its camelCase
 * configuration from the service APIs by lower-casing the first letter of each member name
 * (`DBInstanceIdentifier` → `dBInstanceIdentifier`, `IpPermissions` → `ipPermissions`), and writes
 * times as ISO text; `configShape` does the same, so the importer's mappers read live data unchanged.
 */

/** `IpPermissions` → `ipPermissions`, `DBInstanceArn` → `dBInstanceArn`. */
export function configKey(key: string): string {
  return key === '' ? key : key[0]!.toLowerCase() + key.slice(1);
}

/**
 * Deep copy with Config's key spelling and ISO times; `undefined` members are dropped (the SDK's
 * "absent"), byte arrays are left out.
 * @example configShape({ GroupId: 'sg-1', IpPermissions: [] }) // { groupId: 'sg-1', ipPermissions: [] }
 */
export function configShape(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(configShape);
  if (value instanceof Uint8Array) return undefined;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$metadata' || v === undefined) continue;
      out[configKey(k)] = configShape(v);
    }
    return out;
  }
  return value;
}

/** `configShape` for an object, typed as a record. */
export function configRecord(value: object): Record<string, unknown> {
  return configShape(value) as Record<string, unknown>;
}

/** `[{Key, Value}]` (EC2, RDS, IAM) or `[{TagKey, TagValue}]` (KMS) → a plain map. */
export function tagMap(tags: readonly object[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    const r = t as Record<string, unknown>;
    const k = r.Key ?? r.TagKey;
    const v = r.Value ?? r.TagValue;
    if (typeof k === 'string') out[k] = typeof v === 'string' ? v : '';
  }
  return out;
}

/** Fill `defaults` into `config` for members the API leaves out when they are not set. */
export function withDefaults(
  config: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  for (const [k, v] of Object.entries(defaults)) if (config[k] === undefined) config[k] = v;
  return config;
}
