/**
 * A trail's event selectors in Terraform (`event_selector`, `advanced_event_selector` blocks) and
 * CloudFormation (`EventSelectors`, `AdvancedEventSelectors`), read into the GetEventSelectors shape so
 * both judge management and S3 object data events as a live scan does. A selector that is not known
 * before apply (a variable, a reference, a dynamic block) makes both fields unknown.
 */
import {
  managementEventsOf,
  s3ObjectEventsOf,
  type AdvancedSelector,
  type BasicSelector,
  type FieldSelector,
  type TrailSelectors,
} from '../../inventory/aws/trail-selectors.js';
import type { EvaluatedBlock } from './terraform/module.js';
import {
  containsUnknown,
  isObject,
  isUnknownValue,
  plain,
  toBool,
  toStr,
  unknownValue,
  type Value,
} from './terraform/value.js';

export interface TrailSelectorFields {
  managementEvents: Value;
  s3ObjectEvents: Value;
}

function fieldsOf(sel: TrailSelectors | Value): TrailSelectorFields {
  if (isUnknownValue(sel)) return { managementEvents: plain(sel), s3ObjectEvents: plain(sel) };
  const s = sel as TrailSelectors;
  const none = (s.EventSelectors ?? []).length === 0 && (s.AdvancedEventSelectors ?? []).length === 0;
  // Without selectors a trail logs every management event and no data event.
  if (none) return { managementEvents: 'all', s3ObjectEvents: [] };
  return {
    managementEvents: managementEventsOf(s),
    s3ObjectEvents: s3ObjectEventsOf(s),
  };
}

const strings = (v: Value | undefined): string[] | undefined => {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => toStr(x)).filter((x): x is string => x !== undefined);
};

const OPS: [keyof FieldSelector, string, string][] = [
  ['Equals', 'equals', 'Equals'],
  ['StartsWith', 'starts_with', 'StartsWith'],
  ['EndsWith', 'ends_with', 'EndsWith'],
  ['NotEquals', 'not_equals', 'NotEquals'],
  ['NotStartsWith', 'not_starts_with', 'NotStartsWith'],
  ['NotEndsWith', 'not_ends_with', 'NotEndsWith'],
];

function fieldSelector(attrs: Record<string, Value | undefined>, names: 1 | 2): FieldSelector {
  const out: FieldSelector = { Field: toStr(attrs[names === 1 ? 'field' : 'Field'] ?? null) };
  for (const [key, tf, cfn] of OPS) {
    const v = strings(attrs[names === 1 ? tf : cfn]);
    if (v !== undefined) (out as Record<string, unknown>)[key] = v;
  }
  return out;
}

/** From Terraform's `event_selector` / `advanced_event_selector` blocks of an `aws_cloudtrail`. */
export function terraformTrailSelectors(
  basic: readonly EvaluatedBlock[],
  advanced: readonly EvaluatedBlock[],
): TrailSelectorFields {
  const values: Value[] = [];
  const attrs = (b: EvaluatedBlock) => {
    const out: Record<string, Value> = {};
    for (const [k, a] of Object.entries(b.body.attrs)) {
      out[k] = a.value;
      values.push(a.value);
    }
    return out;
  };
  const EventSelectors: BasicSelector[] = basic.map((b) => {
    const a = attrs(b);
    return {
      ReadWriteType: toStr(a.read_write_type ?? 'All'),
      IncludeManagementEvents: toBool(a.include_management_events ?? true),
      DataResources: (b.body.blocks.data_resource ?? []).map((d) => {
        const da = attrs(d);
        return { Type: toStr(da.type ?? null), Values: strings(da.values) };
      }),
    };
  });
  const AdvancedEventSelectors: AdvancedSelector[] = advanced.map((b) => {
    const a = attrs(b);
    return {
      Name: toStr(a.name ?? null),
      FieldSelectors: (b.body.blocks.field_selector ?? []).map((f) => fieldSelector(attrs(f), 1)),
    };
  });
  const unknownAt = values.find((v) => containsUnknown(v));
  if (unknownAt !== undefined) return fieldsOf(firstUnknown(unknownAt));
  return fieldsOf({ EventSelectors, AdvancedEventSelectors });
}

function firstUnknown(v: Value): Value {
  if (isUnknownValue(v)) return v;
  const inner = (Array.isArray(v) ? v : isObject(v) ? Object.values(v) : []).find((x) => containsUnknown(x));
  return inner === undefined ? unknownValue('event selectors not known before apply') : firstUnknown(inner);
}

/** From CloudFormation's `EventSelectors` / `AdvancedEventSelectors` properties of an AWS::CloudTrail::Trail. */
export function cloudFormationTrailSelectors(
  basic: Value | undefined,
  advanced: Value | undefined,
): TrailSelectorFields {
  for (const v of [basic, advanced])
    if (v !== undefined && containsUnknown(v)) return fieldsOf(firstUnknown(v));
  const list = (v: Value | undefined) => (Array.isArray(v) ? v.filter(isObject) : []);
  const EventSelectors: BasicSelector[] = list(basic).map((s) => ({
    ReadWriteType: toStr(s.ReadWriteType ?? 'All'),
    IncludeManagementEvents: toBool(s.IncludeManagementEvents ?? true),
    DataResources: list(s.DataResources).map((d) => ({
      Type: toStr(d.Type ?? null),
      Values: strings(d.Values),
    })),
  }));
  const AdvancedEventSelectors: AdvancedSelector[] = list(advanced).map((s) => ({
    Name: toStr(s.Name ?? null),
    FieldSelectors: list(s.FieldSelectors).map((f) => fieldSelector(f, 2)),
  }));
  return fieldsOf({ EventSelectors, AdvancedEventSelectors });
}
