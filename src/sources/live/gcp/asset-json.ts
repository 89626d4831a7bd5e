/**
 * Assets as the Cloud Asset client library hands them back (protobuf messages: `resource.data` as a
 * google.protobuf.Struct, `updateTime` as seconds/nanos) turned back into the JSON the Cloud Asset
 * REST API and `gcloud asset list --format=json` print, so the importer's record reader and mappers
 * read live results exactly as they read an export.
 */
import { isRecord } from '../../import/json-file.js';

/** google.protobuf.Value in its message form → plain JSON. */
export function valueToJson(v: unknown): unknown {
  if (!isRecord(v)) return null;
  if ('structValue' in v && v.structValue != null) return structToJson(v.structValue);
  if ('listValue' in v && v.listValue != null)
    return isRecord(v.listValue) && Array.isArray(v.listValue.values)
      ? v.listValue.values.map(valueToJson)
      : [];
  if ('stringValue' in v && v.stringValue != null) return v.stringValue;
  if ('numberValue' in v && v.numberValue != null) return v.numberValue;
  if ('boolValue' in v && v.boolValue != null) return v.boolValue;
  return null;
}

/** google.protobuf.Struct in its message form (`{ fields: { k: Value } }`) → a plain object. */
export function structToJson(s: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isRecord(s) || !isRecord(s.fields)) return out;
  for (const [k, v] of Object.entries(s.fields)) {
    // defineProperty, so a `__proto__` key from the cloud stays a plain key.
    Object.defineProperty(out, k, {
      value: valueToJson(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** google.protobuf.Timestamp (`{ seconds, nanos }`, seconds as a string or number) → ISO 8601. */
export function timestampToIso(t: unknown): string | undefined {
  if (typeof t === 'string') return t;
  if (!isRecord(t)) return undefined;
  const seconds = Number(t.seconds ?? 0);
  const nanos = Number(t.nanos ?? 0);
  if (!Number.isFinite(seconds) || !Number.isFinite(nanos)) return undefined;
  return new Date(seconds * 1000 + Math.floor(nanos / 1e6)).toISOString();
}

function conditionJson(c: unknown): unknown {
  if (!isRecord(c)) return undefined;
  return {
    expression: c.expression ?? '',
    ...(c.title ? { title: c.title } : {}),
    ...(c.description ? { description: c.description } : {}),
  };
}

/** google.iam.v1.Policy message → its REST JSON (bindings with conditions, audit configs). */
export function policyToJson(p: unknown): Record<string, unknown> | undefined {
  if (!isRecord(p)) return undefined;
  const bindings = Array.isArray(p.bindings) ? p.bindings.filter(isRecord) : [];
  const audit = Array.isArray(p.auditConfigs) ? p.auditConfigs.filter(isRecord) : [];
  return {
    bindings: bindings.map((b) => {
      const condition = conditionJson(b.condition);
      return {
        role: b.role,
        members: Array.isArray(b.members) ? b.members : [],
        ...(condition === undefined ? {} : { condition }),
      };
    }),
    ...(audit.length === 0
      ? {}
      : {
          auditConfigs: audit.map((c) => ({
            service: c.service,
            auditLogConfigs: (Array.isArray(c.auditLogConfigs) ? c.auditLogConfigs.filter(isRecord) : []).map(
              (l) => ({
                logType: l.logType,
                ...(Array.isArray(l.exemptedMembers) && l.exemptedMembers.length > 0
                  ? { exemptedMembers: l.exemptedMembers }
                  : {}),
              }),
            ),
          })),
        }),
  };
}

/**
 * One asset from `AssetServiceClient.listAssets` → a CAI record in REST JSON.
 * @example assetToRecord({ name: '//storage.googleapis.com/b', assetType: 'storage.googleapis.com/Bucket', resource: { data: { fields: {} } } })
 */
export function assetToRecord(asset: unknown): Record<string, unknown> {
  if (!isRecord(asset)) return {};
  const out: Record<string, unknown> = { name: asset.name, assetType: asset.assetType };
  if (Array.isArray(asset.ancestors)) out.ancestors = asset.ancestors;
  const updateTime = timestampToIso(asset.updateTime);
  if (updateTime !== undefined) out.updateTime = updateTime;
  if (isRecord(asset.resource)) {
    const r = asset.resource;
    out.resource = {
      ...(r.version ? { version: r.version } : {}),
      ...(r.parent ? { parent: r.parent } : {}),
      ...(r.location ? { location: r.location } : {}),
      ...(r.data != null ? { data: structToJson(r.data) } : {}),
    };
  }
  const policy = policyToJson(asset.iamPolicy);
  if (policy !== undefined) out.iamPolicy = policy;
  return out;
}
