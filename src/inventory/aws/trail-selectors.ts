/**
 * CloudTrail event selectors, as every source spells them (GetEventSelectors, CloudFormation's
 * `EventSelectors`/`AdvancedEventSelectors`, Terraform's blocks turned into the same shape), reduced
 * to what rules judge: which management events a trail records, and which S3 object data events
 * (CIS AWS 4.8/4.9). Pure: sources parse with it, rules ask it whether a bucket is covered.
 */
import { z } from 'zod';

/** A basic event selector (PutEventSelectors `EventSelectors`). */
export interface BasicSelector {
  ReadWriteType?: string;
  IncludeManagementEvents?: boolean;
  DataResources?: { Type?: string; Values?: string[] }[];
}

/** One condition of an advanced event selector. Positive operators OR, negative ones AND. */
export interface FieldSelector {
  Field?: string;
  Equals?: string[];
  StartsWith?: string[];
  EndsWith?: string[];
  NotEquals?: string[];
  NotStartsWith?: string[];
  NotEndsWith?: string[];
}

export interface AdvancedSelector {
  Name?: string;
  FieldSelectors?: FieldSelector[];
}

/** A trail's selectors; a trail has basic or advanced ones, never both. */
export interface TrailSelectors {
  EventSelectors?: BasicSelector[];
  AdvancedEventSelectors?: AdvancedSelector[];
}

export type ManagementEvents = 'all' | 'read-only' | 'write-only' | 'none';

/** What management events the selectors record. */
export function managementEventsOf(out: TrailSelectors): ManagementEvents {
  const kinds = new Set<string>();
  for (const sel of out.EventSelectors ?? []) {
    if (sel.IncludeManagementEvents === false) continue;
    kinds.add(sel.ReadWriteType ?? 'All');
  }
  for (const adv of out.AdvancedEventSelectors ?? []) {
    const fields = adv.FieldSelectors ?? [];
    const category = fields.find((f) => f.Field === 'eventCategory');
    if (!(category?.Equals ?? []).includes('Management')) continue;
    const ro = fields.find((f) => f.Field === 'readOnly');
    if (ro === undefined) kinds.add('All');
    else if ((ro.Equals ?? []).includes('true')) kinds.add('ReadOnly');
    else kinds.add('WriteOnly');
  }
  if (kinds.has('All') || (kinds.has('ReadOnly') && kinds.has('WriteOnly'))) return 'all';
  if (kinds.has('ReadOnly')) return 'read-only';
  if (kinds.has('WriteOnly')) return 'write-only';
  return 'none';
}

/** One selector that logs S3 object data events (`AWS::S3::Object`). */
export const s3ObjectEventSelector = z.object({
  /** The selector's name (advanced selectors), or `selector <n>`, for messages. */
  name: z.string(),
  /** Read (GetObject...), write (PutObject, DeleteObject...) or both. */
  events: z.enum(['all', 'read-only', 'write-only']),
  /**
   * Object ARN prefixes logged: `arn:aws:s3` or `arn:aws:s3:::` is every bucket, `arn:aws:s3:::bucket/`
   * one bucket, `arn:aws:s3:::bucket/logs/` part of one. Null: every bucket.
   */
  arnPrefixes: z.array(z.string()).nullable(),
  /** Object ARN prefixes (or single object ARNs) left out: advanced `NotStartsWith`/`NotEquals`. */
  excludedArns: z.array(z.string()),
  /**
   * Further conditions that keep some of those events out (`eventName Equals PutObject`,
   * `resources.ARN EndsWith .csv`...), so the selector logs only some object events.
   */
  narrowedBy: z.array(z.string()),
  /** Callers whose events are left out (`userIdentity.arn NotStartsWith ...`): noise, not a gap in coverage. */
  excludedCallers: z.array(z.string()),
});
export type S3ObjectEventSelector = z.infer<typeof s3ObjectEventSelector>;

const S3_OBJECT = 'AWS::S3::Object';
const OPERATORS = ['Equals', 'StartsWith', 'EndsWith', 'NotEquals', 'NotStartsWith', 'NotEndsWith'] as const;

function conditionText(f: FieldSelector): string[] {
  return OPERATORS.filter((op) => (f[op] ?? []).length > 0).map(
    (op) => `${f.Field ?? '?'} ${op} ${(f[op] ?? []).join(',')}`,
  );
}

function eventsOfReadWriteType(t: string | undefined): S3ObjectEventSelector['events'] {
  return t === 'ReadOnly' ? 'read-only' : t === 'WriteOnly' ? 'write-only' : 'all';
}

/** The `readOnly` field of an advanced selector: `true` logs reads only, `false` writes only. */
function eventsOfReadOnly(f: FieldSelector | undefined): S3ObjectEventSelector['events'] | 'nothing' {
  if (f === undefined) return 'all';
  const allowed = new Set(['true', 'false']);
  if ((f.Equals ?? []).length > 0) {
    const eq = new Set(f.Equals);
    for (const v of allowed) if (!eq.has(v)) allowed.delete(v);
  }
  for (const v of f.NotEquals ?? []) allowed.delete(v);
  if (allowed.size === 2) return 'all';
  if (allowed.has('true')) return 'read-only';
  if (allowed.has('false')) return 'write-only';
  return 'nothing';
}

function fromAdvanced(adv: AdvancedSelector, n: number): S3ObjectEventSelector | undefined {
  const fields = adv.FieldSelectors ?? [];
  const equals = (name: string) => fields.filter((f) => f.Field === name).flatMap((f) => f.Equals ?? []);
  if (!equals('eventCategory').includes('Data') || !equals('resources.type').includes(S3_OBJECT)) return;
  const events = eventsOfReadOnly(fields.find((f) => f.Field === 'readOnly'));
  if (events === 'nothing') return;
  let arnPrefixes: string[] | null = null;
  const excludedArns: string[] = [];
  const narrowedBy: string[] = [];
  const excludedCallers: string[] = [];
  for (const f of fields) {
    if (f.Field === 'eventCategory' || f.Field === 'resources.type' || f.Field === 'readOnly') continue;
    if (f.Field === 'resources.ARN') {
      // Conditions on one field AND together: each positive one narrows to its prefixes.
      const positive = [...(f.Equals ?? []), ...(f.StartsWith ?? []), ...(f.EndsWith ?? [])];
      if (positive.length > 0) {
        // A single object (Equals) or a suffix (EndsWith) covers no whole bucket.
        const prefixes = f.StartsWith ?? [];
        arnPrefixes = arnPrefixes === null ? [...prefixes] : arnPrefixes.filter((p) => prefixes.includes(p));
      }
      excludedArns.push(...(f.NotStartsWith ?? []), ...(f.NotEquals ?? []));
      if ((f.NotEndsWith ?? []).length > 0)
        narrowedBy.push(...conditionText({ Field: f.Field, NotEndsWith: f.NotEndsWith }));
      continue;
    }
    const callerExclusion =
      f.Field === 'userIdentity.arn' &&
      (f.Equals ?? []).length + (f.StartsWith ?? []).length + (f.EndsWith ?? []).length === 0;
    (callerExclusion ? excludedCallers : narrowedBy).push(...conditionText(f));
  }
  return {
    name: adv.Name ?? `selector ${n}`,
    events,
    arnPrefixes,
    excludedArns,
    narrowedBy,
    excludedCallers,
  };
}

/** The selectors that log S3 object data events; empty when none does. */
export function s3ObjectEventsOf(out: TrailSelectors): S3ObjectEventSelector[] {
  const found: S3ObjectEventSelector[] = [];
  (out.EventSelectors ?? []).forEach((sel, i) => {
    const values = (sel.DataResources ?? [])
      .filter((d) => d.Type === S3_OBJECT)
      .flatMap((d) => d.Values ?? []);
    if (values.length === 0) return;
    found.push({
      name: `selector ${i + 1}`,
      events: eventsOfReadWriteType(sel.ReadWriteType),
      arnPrefixes: values,
      excludedArns: [],
      narrowedBy: [],
      excludedCallers: [],
    });
  });
  (out.AdvancedEventSelectors ?? []).forEach((adv, i) => {
    const sel = fromAdvanced(adv, i + 1);
    if (sel !== undefined) found.push(sel);
  });
  return found;
}

export type S3ObjectCoverage =
  { status: 'full'; selector: string } | { status: 'partial'; why: string } | { status: 'none' };

/**
 * Whether selectors log every read (or write) object event of a bucket. `bucketArn` is the bucket's
 * ARN (`arn:aws:s3:::name`), whose objects are `arn:aws:s3:::name/key`.
 * @example s3ObjectCoverage(sels, 'arn:aws:s3:::logs', 'write') // { status: 'full', selector: 'selector 1' }
 */
export function s3ObjectCoverage(
  selectors: readonly S3ObjectEventSelector[],
  bucketArn: string,
  kind: 'read' | 'write',
): S3ObjectCoverage {
  const objects = `${bucketArn}/`;
  let partial: string | undefined;
  for (const sel of selectors) {
    if (sel.events !== 'all' && sel.events !== `${kind}-only`) continue;
    const whole = sel.arnPrefixes === null || sel.arnPrefixes.some((p) => objects.startsWith(p));
    const part = (sel.arnPrefixes ?? []).filter((p) => p.startsWith(objects) && p !== objects);
    const excluded = sel.excludedArns.filter((e) => objects.startsWith(e) || e.startsWith(objects));
    if (!whole && part.length === 0) continue;
    if (excluded.some((e) => objects.startsWith(e))) continue;
    if (whole && excluded.length === 0 && sel.narrowedBy.length === 0)
      return { status: 'full', selector: sel.name };
    partial ??=
      `${sel.name} logs only part: ` +
      [
        ...(whole ? [] : [`objects under ${part.join(', ')}`]),
        ...excluded.map((e) => `not ${e}`),
        ...sel.narrowedBy,
      ].join('; ');
  }
  return partial === undefined ? { status: 'none' } : { status: 'partial', why: partial };
}
