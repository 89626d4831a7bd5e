/**
 * Per-resource-type mappers: an evaluated Terraform resource instance → the same asset candidate an
 * importer produces for the deployed resource, with the source line of every config field it set.
 */
import type { Provider } from '../../../../model/asset.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { EvaluatedAttr, EvaluatedBlock, ResourceInstance } from '../module.js';
import { isUnknownValue, plain, toBool, toNum, toStr, unknownValue, type Value } from '../value.js';

/** Where a config field was set: file and line (the attribute, or the block that implies it). */
export interface FieldSource {
  file: string;
  line: number;
}

export interface MappedResource {
  type: string;
  provider: Provider;
  name: string;
  tags: Record<string, string>;
  config: Record<string, unknown>;
  fields: Record<string, FieldSource>;
  /** Addresses of other resources folded into this asset (split S3 settings...). */
  joined?: string[];
}

/** Other instances of the same configuration, for mappers that join split resources by reference. */
export interface InstanceIndex {
  /** Instances of `type` whose attribute `attr` refers to `target` (by `$ref`, or by equal known value). */
  referring(
    type: string,
    attr: string,
    target: ResourceInstance,
    matchValues: readonly (string | undefined)[],
  ): ResourceInstance[];
  /** Every instance of `type`, in source order. */
  ofType(type: string): readonly ResourceInstance[];
  /** The instance at `address` (`module.db.aws_db_instance.this`), when the configuration declares it. */
  get(address: string): ResourceInstance | undefined;
}

export type TerraformMapper = (inst: ResourceInstance, index: InstanceIndex) => MappedResource | undefined;

/** Reading helpers over one instance, recording which line set each field. */
export class Reader {
  readonly fields: Record<string, FieldSource> = {};
  constructor(readonly inst: ResourceInstance) {}

  attr(name: string): EvaluatedAttr | undefined {
    return Object.hasOwn(this.inst.body.attrs, name) ? this.inst.body.attrs[name] : undefined;
  }
  blocks(name: string): EvaluatedBlock[] {
    return this.inst.body.blocks[name] ?? [];
  }
  /** Record that `field` came from `line` of this instance's file (or another instance's). */
  mark(field: string, line: number | undefined, from: ResourceInstance = this.inst): void {
    this.fields[field] = { file: from.file, line: line ?? from.line };
  }
  /** An unknown `$unknown` marker block from an unknown `dynamic` block. */
  dynamicUnknown(name: string): Value | undefined {
    for (const b of this.blocks(name)) {
      const u = b.body.attrs.$unknown;
      if (u) return plain(u.value);
    }
    return undefined;
  }
  tags(): Record<string, string> {
    const t = this.attr('tags')?.value;
    const out: Record<string, string> = {};
    if (t && typeof t === 'object' && !Array.isArray(t) && !isUnknownValue(t))
      for (const [k, v] of Object.entries(t)) {
        const s = toStr(v);
        if (s !== undefined) out[k] = s;
      }
    return out;
  }
}

/** A boolean field: the attribute's value, its default when absent, unknown when not known. */
export function boolField(v: Value | undefined, dflt: boolean | null): Value {
  if (v === undefined || v === null) return dflt;
  if (isUnknownValue(v)) return plain(v);
  return toBool(v) ?? unknownValue(`expected a bool, got ${JSON.stringify(v)}`);
}

export function numField(v: Value | undefined, dflt: number | null): Value {
  if (v === undefined || v === null) return dflt;
  if (isUnknownValue(v)) return plain(v);
  return toNum(v) ?? unknownValue(`expected a number, got ${JSON.stringify(v)}`);
}

export function strField(v: Value | undefined, dflt: string | null): Value {
  if (v === undefined || v === null) return dflt;
  if (isUnknownValue(v)) return plain(v);
  return toStr(v) ?? unknownValue(`expected a string, got ${JSON.stringify(v)}`);
}

/** A list of strings (unknown when the list or any element is unknown). */
export function strList(v: Value | undefined): Value {
  if (v === undefined || v === null) return [];
  if (isUnknownValue(v)) return plain(v);
  if (!Array.isArray(v)) return typeof v === 'string' ? [v] : unknownValue('expected a list of strings');
  const out: string[] = [];
  for (const x of v) {
    if (isUnknownValue(x)) return plain(x);
    const s = toStr(x);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** The name shown for an instance: a name-like attribute when known, else the address. */
export function displayName(r: Reader, ...attrs: string[]): string {
  for (const a of attrs) {
    const v = r.attr(a)?.value;
    if (typeof v === 'string' && v !== '') return v;
  }
  return r.inst.address;
}

/**
 * Fill every config field of `type` the mapper did not set with an unknown naming the field, so the
 * asset parses without "malformed" warnings and rules needing those fields say why they cannot tell.
 */
export function withUnread(
  type: string,
  config: Record<string, unknown>,
  reason?: string,
): Record<string, unknown> {
  const def = assetTypeDef(type);
  for (const k of Object.keys(def?.config.shape ?? {}))
    if (!Object.hasOwn(config, k))
      config[k] = unknownValue(reason ?? `${k} is not read from Terraform by Parapet`);
  return config;
}
