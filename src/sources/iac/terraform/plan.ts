/**
 * Terraform plan JSON (`terraform show -json plan.out`) → resource instances the HCL mappers read.
 *
 * What a plan says about each managed resource: `planned_values` (root and child modules) gives the
 * values after apply, `resource_changes` the action and `after_unknown` (values only known after
 * apply). Unknown values become `{ $unknown }` (with `$ref` to the resource an unknown attribute
 * refers to, from the plan's `configuration`, so split resources join as they do from HCL). An
 * attribute that is unknown only because the provider computes it and the configuration does not
 * set it reads as absent — the same "not written" the HCL reader sees. Resources being deleted are
 * not assessed. Nested blocks appear both as attributes and as blocks (a plan does not tell them apart).
 */
import { InputError } from '../../../model/errors.js';
import { isRecord } from '../../import/json-file.js';
import type { EvaluatedBody, ResourceInstance } from './module.js';
import { unknownValue, type Value } from './value.js';

/** A plan JSON this large is refused with a clear error. */
export const PLAN_LIMITS = { bytes: 64 * 1024 * 1024, depth: 64, modules: 10_000 } as const;

const UNKNOWN_REASON = 'known only after apply (the plan marks it after_unknown)';

/**
 * Whether a JSON text is `terraform show -json` output of a plan: it starts with the format and
 * Terraform versions, and holds planned values or resource changes (after the variables, anywhere).
 */
export function looksLikePlan(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /^\s*\{/.test(head) &&
    /"format_version"\s*:/.test(head) &&
    /"terraform_version"\s*:/.test(head) &&
    /"(planned_values|resource_changes)"\s*:/.test(text)
  );
}

/** A resource's configuration from the plan's `configuration` block, with the module call chain. */
export interface PlanConfigResource {
  /** Top-level attributes the configuration sets: name → the addresses its expression refers to. */
  expressions: Map<string, string[]>;
  /** `source` of each module call from the root down to this resource's module (empty at the root). */
  moduleSources: string[];
  /** What `for_each` refers to (`each.value` stands for an element of it). */
  forEach: string[];
}

/** One managed resource instance the plan will create, update or keep. */
export interface PlanResource {
  address: string;
  /** `module.net["a"]`; empty at the root. */
  moduleAddress: string;
  type: string;
  name: string;
  /** Values after apply, unknowns marked. */
  values: Record<string, Value>;
  config: PlanConfigResource | undefined;
  actions: string[];
}

export interface ParsedPlan {
  resources: PlanResource[];
  /** Provider name → region/location when the configuration sets it as a constant. */
  regions: Map<string, string>;
  /** Addresses of resources the plan deletes (not assessed). */
  deleted: string[];
  /** Local (`./...`) module call sources, as module-call chains (for locating files and skipping the HCL root). */
  moduleSources: string[][];
}

/** Own-property read (safe against `__proto__` keys). */
function own(v: unknown, key: string): unknown {
  return isRecord(v) && Object.hasOwn(v, key) ? v[key] : undefined;
}

function setOwn(o: Record<string, Value>, k: string, v: Value): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** `module.a["x"].module.b[0]` → ['a', 'b']: the module call names, keys dropped. */
export function moduleCallNames(moduleAddress: string): string[] {
  const out: string[] = [];
  const re = /module\.([A-Za-z0-9_-]+)(\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < moduleAddress.length) {
    re.lastIndex = pos;
    m = re.exec(moduleAddress);
    if (!m) break;
    out.push(m[1]!);
    pos = re.lastIndex;
    if (moduleAddress[pos] === '.') pos++;
  }
  return out;
}

/**
 * A planned value with `after_unknown` applied: every leaf the mask marks `true` becomes unknown.
 * @example overlay({ a: 1 }, { b: true }, 0) // { a: 1, b: { $unknown: 'known only after apply ...' } }
 */
export function overlay(value: unknown, mask: unknown, depth: number): Value {
  if (mask === true) return unknownValue(UNKNOWN_REASON);
  if (depth > PLAN_LIMITS.depth) return unknownValue('value nested too deeply');
  if (Array.isArray(value) || Array.isArray(mask)) {
    const v = Array.isArray(value) ? value : [];
    const m = Array.isArray(mask) ? mask : [];
    const n = Math.max(v.length, m.length);
    const out: Value[] = [];
    for (let i = 0; i < n; i++) out.push(overlay(v[i], m[i], depth + 1));
    return out;
  }
  if (isRecord(value) || isRecord(mask)) {
    const out: Record<string, Value> = {};
    const keys = new Set([
      ...(isRecord(value) ? Object.keys(value) : []),
      ...(isRecord(mask) ? Object.keys(mask) : []),
    ]);
    for (const k of keys) setOwn(out, k, overlay(own(value, k), own(mask, k), depth + 1));
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** Each top-level expression of a configuration resource and the addresses it refers to. */
function expressionsOf(raw: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const exprs = own(raw, 'expressions');
  if (!isRecord(exprs)) return out;
  for (const [k, e] of Object.entries(exprs)) {
    const refs = own(e, 'references');
    out.set(k, Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string') : []);
  }
  return out;
}

/** The configuration of every resource, by `<module call names>|<type>.<name>`, and every module call's source chain. */
function configIndex(configuration: unknown): {
  resources: Map<string, PlanConfigResource>;
  modules: string[][];
} {
  const resources = new Map<string, PlanConfigResource>();
  const modules: string[][] = [];
  let budget: number = PLAN_LIMITS.modules;
  const walk = (module: unknown, names: string[], sources: string[]) => {
    if (names.length > PLAN_LIMITS.depth || budget-- <= 0) return;
    const list = own(module, 'resources');
    if (Array.isArray(list))
      for (const r of list) {
        const type = own(r, 'type');
        const name = own(r, 'name');
        if (typeof type !== 'string' || typeof name !== 'string' || own(r, 'mode') !== 'managed') continue;
        const forEach = own(own(r, 'for_each_expression'), 'references');
        resources.set(`${names.join('.')}|${type}.${name}`, {
          expressions: expressionsOf(r),
          moduleSources: sources,
          forEach: Array.isArray(forEach) ? forEach.filter((x): x is string => typeof x === 'string') : [],
        });
      }
    const calls = own(module, 'module_calls');
    if (isRecord(calls))
      for (const [callName, call] of Object.entries(calls)) {
        const source = own(call, 'source');
        const chain = [...sources, typeof source === 'string' ? source : ''];
        modules.push(chain);
        walk(own(call, 'module'), [...names, callName], chain);
      }
  };
  walk(own(configuration, 'root_module'), [], []);
  return { resources, modules };
}

function regionsOf(configuration: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const providers = own(configuration, 'provider_config');
  if (!isRecord(providers)) return out;
  for (const p of Object.values(providers)) {
    const name = own(p, 'name');
    if (typeof name !== 'string' || own(p, 'alias') !== undefined || own(p, 'module_address') !== undefined)
      continue;
    const exprs = own(p, 'expressions');
    const region =
      own(own(exprs, 'region'), 'constant_value') ?? own(own(exprs, 'location'), 'constant_value');
    if (typeof region === 'string') out.set(name, region);
  }
  return out;
}

/**
 * Read a parsed plan document.
 * @throws InputError when the document is not a plan (names the file and what is missing).
 * @example readPlan(JSON.parse(text), 'plan.json').resources.map((r) => r.address)
 */
export function readPlan(doc: unknown, file: string): ParsedPlan {
  const planned = own(doc, 'planned_values');
  const changes = own(doc, 'resource_changes');
  if (!isRecord(planned) && !Array.isArray(changes))
    throw new InputError(`${file}: a Terraform plan needs planned_values or resource_changes`, { file });
  if (changes !== undefined && !Array.isArray(changes))
    throw new InputError(`${file}: resource_changes must be a list`, { file });

  interface Entry {
    address: string;
    moduleAddress: string;
    type: string;
    name: string;
    values: unknown;
    mask: unknown;
    actions: string[];
  }
  const entries = new Map<string, Entry>();
  let budget: number = PLAN_LIMITS.modules;
  const walkPlanned = (module: unknown, moduleAddress: string, depth: number) => {
    if (depth > PLAN_LIMITS.depth || budget-- <= 0) return;
    const list = own(module, 'resources');
    if (Array.isArray(list))
      for (const r of list) {
        const address = own(r, 'address');
        const type = own(r, 'type');
        const name = own(r, 'name');
        if (own(r, 'mode') !== 'managed' || typeof address !== 'string' || typeof type !== 'string') continue;
        entries.set(address, {
          address,
          moduleAddress,
          type,
          name: typeof name === 'string' ? name : '',
          values: own(r, 'values'),
          mask: undefined,
          actions: [],
        });
      }
    const children = own(module, 'child_modules');
    if (Array.isArray(children))
      for (const c of children) {
        const a = own(c, 'address');
        walkPlanned(c, typeof a === 'string' ? a : moduleAddress, depth + 1);
      }
  };
  walkPlanned(own(planned, 'root_module'), '', 0);

  const deleted: string[] = [];
  for (const rc of Array.isArray(changes) ? changes : []) {
    const address = own(rc, 'address');
    const type = own(rc, 'type');
    if (own(rc, 'mode') !== 'managed' || typeof address !== 'string' || typeof type !== 'string') continue;
    const change = own(rc, 'change');
    const rawActions = own(change, 'actions');
    const actions = Array.isArray(rawActions)
      ? rawActions.filter((a): a is string => typeof a === 'string')
      : [];
    if (actions.length > 0 && actions.every((a) => a === 'delete' || a === 'forget')) {
      deleted.push(address);
      entries.delete(address);
      continue;
    }
    const moduleAddress = own(rc, 'module_address');
    const name = own(rc, 'name');
    const before = entries.get(address);
    const after = own(change, 'after');
    entries.set(address, {
      address,
      moduleAddress: typeof moduleAddress === 'string' ? moduleAddress : (before?.moduleAddress ?? ''),
      type,
      name: typeof name === 'string' ? name : (before?.name ?? ''),
      values: isRecord(after) ? after : before?.values,
      mask: own(change, 'after_unknown'),
      actions,
    });
  }

  const configuration = own(doc, 'configuration');
  const { resources: configs, modules } = configIndex(configuration);
  const resources: PlanResource[] = [];
  for (const e of entries.values()) {
    const config = configs.get(`${moduleCallNames(e.moduleAddress).join('.')}|${e.type}.${e.name}`);
    const all = overlay(isRecord(e.values) ? e.values : {}, e.mask, 0);
    const values: Record<string, Value> = {};
    for (const [k, v] of Object.entries(all as Record<string, Value>)) {
      // Unknown only because the provider computes what the configuration leaves unset: read as unset.
      if (config && own(e.mask, k) === true && !config.expressions.has(k)) continue;
      setOwn(values, k, v);
    }
    resources.push({
      address: e.address,
      moduleAddress: e.moduleAddress,
      type: e.type,
      name: e.name,
      values,
      config,
      actions: e.actions,
    });
  }
  return { resources, regions: regionsOf(configuration), deleted, moduleSources: modules };
}

const NOT_RESOURCE = new Set([
  'var',
  'local',
  'data',
  'module',
  'count',
  'each',
  'path',
  'terraform',
  'self',
]);

/**
 * The resource an unknown attribute refers to, for joins: `aws_s3_bucket.b` (module path and, when
 * the target has the referrer's own index key, that key) or undefined. `each.value` stands for the
 * resource `for_each` iterates over (`for_each = aws_s3_bucket.b`), at the referrer's own key.
 */
export function referencedAddress(
  refs: readonly string[],
  r: PlanResource,
  known: ReadonlySet<string>,
): string | undefined {
  const prefix = r.moduleAddress === '' ? '' : `${r.moduleAddress}.`;
  const key = r.address.slice(`${prefix}${r.type}.${r.name}`.length);
  const expanded = refs.flatMap((ref) => (/^each\.value\b/.test(ref) ? (r.config?.forEach ?? []) : [ref]));
  for (const ref of expanded) {
    const m = /^([A-Za-z][\w-]*)\.([A-Za-z_][\w-]*)/.exec(ref);
    if (!m || NOT_RESOURCE.has(m[1]!)) continue;
    const base = `${prefix}${m[1]}.${m[2]}`;
    const indexed = /^\[[^\]]*\]/.exec(ref.slice(m[0].length))?.[0];
    if (indexed && !indexed.includes('.') && known.has(base + indexed)) return base + indexed;
    if (key !== '' && known.has(base + key)) return base + key;
    if (known.has(base)) return base;
  }
  return undefined;
}

/** Bodies of the mappers' shape from plan values: attributes, and nested blocks for lists of objects. */
export function bodyOf(
  values: Record<string, Value>,
  lines: { attr(name: string): number; block(name: string, i: number): BodyLines | undefined },
  depth = 0,
): EvaluatedBody {
  const body: EvaluatedBody = { attrs: {}, blocks: {} };
  for (const [k, v] of Object.entries(values)) {
    if (v === null) continue;
    Object.defineProperty(body.attrs, k, {
      value: { value: v, line: lines.attr(k) },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (depth >= PLAN_LIMITS.depth) continue;
    const items = Array.isArray(v) ? v : typeof v === 'object' && !('$unknown' in v) ? [v] : [];
    if (items.length === 0 || !items.every((x) => isRecord(x) && !('$unknown' in x))) continue;
    const blocks = items.map((item, i) => {
      const l = lines.block(k, i);
      return {
        body: bodyOf(
          item as Record<string, Value>,
          l ?? { attr: () => lines.attr(k), block: () => undefined },
          depth + 1,
        ),
        line: l?.line ?? lines.attr(k),
      };
    });
    Object.defineProperty(body.blocks, k, {
      value: blocks,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return body;
}

/** Lines of one HCL body (or of the plan file when the configuration is not at hand). */
export interface BodyLines {
  line: number;
  attr(name: string): number;
  block(name: string, i: number): BodyLines | undefined;
}

/** A plan resource as the instance the Terraform mappers read. */
export function planInstance(
  r: PlanResource,
  at: { file: string; line: number; endLine: number; lines: BodyLines },
  known: ReadonlySet<string>,
): ResourceInstance {
  const values: Record<string, Value> = {};
  for (const [k, v] of Object.entries(r.values)) {
    const refs = r.config?.expressions.get(k);
    const ref =
      v !== null && typeof v === 'object' && '$unknown' in v && refs
        ? referencedAddress(refs, r, known)
        : undefined;
    setOwn(values, k, ref ? unknownValue(UNKNOWN_REASON, ref) : v);
  }
  return {
    type: r.type,
    address: r.address,
    file: at.file,
    line: at.line,
    endLine: at.endLine,
    body: bodyOf(values, at.lines),
    modulePath: r.moduleAddress,
  };
}
