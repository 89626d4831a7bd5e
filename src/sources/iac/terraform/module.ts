/**
 * A Terraform module instance: its variables, locals, resources, child modules and outputs, evaluated
 * lazily through one `resolve` (so only what is used is evaluated, and a cycle becomes unknown rather
 * than a hang). Expands `count`, `for_each` and `dynamic` blocks; local modules (`./...`) are loaded
 * and evaluated with their inputs; other module sources are not downloaded and are reported.
 */
import type { Attribute, Block, Body, Expr } from './ast.js';
import { evaluate, type EvalEnv, type PathStep } from './eval.js';
import {
  errorValue,
  isObject,
  isUnknownValue,
  toBool,
  toNum,
  toStr,
  unknownValue,
  type Value,
} from './value.js';

/** One module directory's declarations, from all of its .tf files. */
export interface ModuleDecls {
  /** Absolute directory. */
  dir: string;
  /** Directory as the user sees it (relative). */
  display: string;
  variables: Map<string, { block: Block; file: string }>;
  locals: Map<string, { attr: Attribute; file: string }>;
  resources: ResourceDecl[];
  modules: Map<string, { block: Block; file: string }>;
  outputs: Map<string, { block: Block; file: string }>;
  providers: { block: Block; file: string }[];
}

export interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  file: string;
}

export interface EvaluatedAttr {
  value: Value;
  line: number;
}

export interface EvaluatedBody {
  attrs: Record<string, EvaluatedAttr>;
  blocks: Record<string, EvaluatedBlock[]>;
}

export interface EvaluatedBlock {
  body: EvaluatedBody;
  line: number;
}

/** One instance of a managed resource, evaluated. */
export interface ResourceInstance {
  type: string;
  /** `module.net.aws_security_group.web["a"]`. */
  address: string;
  /** The file the resource block is in (as shown to the user) and its first line. */
  file: string;
  line: number;
  endLine: number;
  body: EvaluatedBody;
  /** Module path of the instance, `` for the root. */
  modulePath: string;
}

export interface RunContext {
  budget: { steps: number };
  warn(file: string, line: number, message: string): void;
  /** Load a local module directory (relative to `from`); undefined when it has no .tf files or cannot be read. */
  loadModule(from: ModuleDecls, source: string, line: number, file: string): ModuleDecls | undefined;
  /** A module source that is not local: its resources are not assessed. */
  notAssessed(file: string, line: number, address: string, source: string): void;
  maxModuleDepth: number;
}

const META = new Set(['count', 'for_each', 'provider', 'depends_on']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
const MAX_INSTANCES = 10_000;

type InstanceKey = number | string | undefined;

interface ExpandedResource {
  decl: ResourceDecl;
  keys: InstanceKey[] | { unknown: string };
  instances: Map<string, { key: InstanceKey; each?: Value; body?: EvaluatedBody; busy?: boolean }>;
}

const keyText = (k: InstanceKey) =>
  k === undefined ? '' : typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(k)}]`;

export class ModuleInstance {
  private readonly varCache = new Map<string, Value>();
  private readonly localCache = new Map<string, Value>();
  private readonly busyLocals = new Set<string>();
  private readonly resources = new Map<string, ExpandedResource>();
  private readonly children = new Map<string, ModuleCall>();

  constructor(
    readonly decls: ModuleDecls,
    private readonly ctx: RunContext,
    /** `module.a.module.b`, or `` for the root. */
    readonly path: string,
    /** Input values by variable name, lazily evaluated in the caller's scope. */
    private readonly inputs: Map<string, () => Value>,
    readonly depth: number,
  ) {}

  private prefix(): string {
    return this.path === '' ? '' : `${this.path}.`;
  }

  /** The env for expressions at module level (locals, outputs, module arguments). */
  env(
    file: string,
    extra?: (root: string, path: PathStep[]) => { value: Value; used: number } | undefined,
  ): EvalEnv {
    return {
      budget: this.ctx.budget,
      warn: (line, m) => this.ctx.warn(file, line, m),
      resolve: (root, path, line) => extra?.(root, path) ?? this.resolve(root, path, line, file),
    };
  }

  private resolve(
    root: string,
    path: PathStep[],
    line: number,
    file: string,
  ): { value: Value; used: number } {
    const first = path[0];
    const name = first?.k === 'get' ? first.name : undefined;
    switch (root) {
      case 'var':
        if (name === undefined) return { value: unknownValue('var without a name'), used: 0 };
        return { value: this.variable(name, file, line), used: 1 };
      case 'local':
        if (name === undefined) return { value: unknownValue('local without a name'), used: 0 };
        return { value: this.local(name, file, line), used: 1 };
      case 'path':
        return { value: name === 'module' ? this.decls.display : '.', used: name === undefined ? 0 : 1 };
      case 'terraform':
        return { value: name === 'workspace' ? 'default' : unknownValue(`terraform.${name ?? ''}`), used: 1 };
      case 'data': {
        const ref = `${this.prefix()}data.${path
          .slice(0, 2)
          .map((p) => (p.k === 'get' ? p.name : ''))
          .join('.')}`;
        return { value: unknownValue(`data source ${ref} is read at plan time`, ref), used: path.length };
      }
      case 'module':
        if (name === undefined) return { value: unknownValue('module without a name'), used: 0 };
        return this.moduleRef(name, path.slice(1), file, line);
      case 'count':
      case 'each':
      case 'self':
        this.ctx.warn(file, line, `${root} is not available here`);
        return { value: unknownValue(`${root} is not available here`), used: path.length };
      default: {
        const decl = name === undefined ? undefined : this.findResource(root, name);
        if (decl === undefined) {
          this.ctx.warn(file, line, `reference to undeclared ${root}${name === undefined ? '' : `.${name}`}`);
          return { value: errorValue(`undeclared ${root}.${name ?? ''}`), used: path.length };
        }
        return this.resourceRef(decl, path.slice(1));
      }
    }
  }

  private findResource(type: string, name: string): ResourceDecl | undefined {
    return this.decls.resources.find((r) => r.mode === 'managed' && r.type === type && r.name === name);
  }

  variable(name: string, file: string, line: number): Value {
    const cached = this.varCache.get(name);
    if (cached !== undefined) return cached;
    const decl = this.decls.variables.get(name);
    let v: Value;
    if (decl === undefined) {
      this.ctx.warn(file, line, `reference to undeclared variable var.${name}`);
      v = errorValue(`variable ${name} is not declared`);
    } else {
      const input = this.inputs.get(name);
      const def = decl.block.body.attributes.find((a) => a.name === 'default');
      if (input !== undefined) v = input();
      else if (def !== undefined) v = evaluate(def.expr, this.env(decl.file));
      else
        v = unknownValue(
          `variable ${this.prefix()}var.${name} has no value (give one with --var, --var-file or a .tfvars file)`,
        );
      if (v === null && def !== undefined && input !== undefined) {
        const nullable = decl.block.body.attributes.find((a) => a.name === 'nullable');
        if (nullable && nullable.expr.k === 'lit' && nullable.expr.v === false)
          v = evaluate(def.expr, this.env(decl.file));
      }
      v = convertToType(v, decl.block.body.attributes.find((a) => a.name === 'type')?.expr);
    }
    this.varCache.set(name, v);
    return v;
  }

  private local(name: string, file: string, line: number): Value {
    const cached = this.localCache.get(name);
    if (cached !== undefined) return cached;
    const decl = this.decls.locals.get(name);
    if (decl === undefined) {
      this.ctx.warn(file, line, `reference to undeclared local.${name}`);
      return errorValue(`local ${name} is not declared`);
    }
    if (this.busyLocals.has(name)) {
      this.ctx.warn(decl.file, decl.attr.line, `local.${name} refers to itself (a cycle)`);
      return unknownValue(`local.${name} is part of a reference cycle`);
    }
    this.busyLocals.add(name);
    try {
      const v = evaluate(decl.attr.expr, this.env(decl.file));
      this.localCache.set(name, v);
      return v;
    } finally {
      this.busyLocals.delete(name);
    }
  }

  // ---- resources -------------------------------------------------------------------------------

  private expanded(decl: ResourceDecl): ExpandedResource {
    const id = `${decl.type}.${decl.name}`;
    let x = this.resources.get(id);
    if (x) return x;
    x = { decl, keys: [undefined], instances: new Map() };
    this.resources.set(id, x);
    x.keys = this.expansionKeys(decl.block, decl.file, x);
    return x;
  }

  /** Instance keys from count/for_each (with each.value per key), or why they are unknown. */
  private expansionKeys(
    block: Block,
    file: string,
    x: { instances: Map<string, { key: InstanceKey; each?: Value }> },
  ): InstanceKey[] | { unknown: string } {
    const count = block.body.attributes.find((a) => a.name === 'count');
    const forEach = block.body.attributes.find((a) => a.name === 'for_each');
    if (count) {
      const v = evaluate(count.expr, this.env(file));
      if (isUnknownValue(v)) return { unknown: `count is unknown (${v.$unknown})` };
      const n = toNum(v);
      if (n === undefined || n < 0 || !Number.isInteger(n)) {
        this.ctx.warn(file, count.line, `count must be a whole number, got ${JSON.stringify(v)}`);
        return { unknown: 'count is not a whole number' };
      }
      if (n > MAX_INSTANCES) return { unknown: `count ${n} is over the limit of ${MAX_INSTANCES}` };
      const keys = Array.from({ length: n }, (_, i) => i);
      for (const k of keys) x.instances.set(keyText(k), { key: k });
      return keys;
    }
    if (forEach) {
      const v = evaluate(forEach.expr, this.env(file));
      if (isUnknownValue(v)) return { unknown: `for_each is unknown (${v.$unknown})` };
      const entries: [string, Value][] = [];
      if (Array.isArray(v)) {
        for (const item of v) {
          const s = toStr(item);
          if (s === undefined) return { unknown: 'for_each set has an element that is not a known string' };
          entries.push([s, s]);
        }
      } else if (isObject(v)) entries.push(...Object.entries(v));
      else {
        this.ctx.warn(file, forEach.line, 'for_each must be a map or a set of strings');
        return { unknown: 'for_each is not a map or set' };
      }
      if (entries.length > MAX_INSTANCES)
        return { unknown: `for_each over more than ${MAX_INSTANCES} items` };
      for (const [k, each] of entries) x.instances.set(keyText(k), { key: k, each });
      return entries.map(([k]) => k);
    }
    x.instances.set('', { key: undefined });
    return [undefined];
  }

  private instanceBody(x: ExpandedResource, key: InstanceKey): EvaluatedBody | undefined {
    const inst = x.instances.get(keyText(key));
    if (!inst) return undefined;
    if (inst.body) return inst.body;
    if (inst.busy) return undefined;
    inst.busy = true;
    try {
      inst.body = this.evalBody(x.decl.block.body, x.decl.file, instanceScope(key, inst.each), 0);
      return inst.body;
    } finally {
      inst.busy = false;
    }
  }

  /** Evaluate a resource body: attributes, nested blocks, `dynamic` blocks expanded. */
  private evalBody(
    body: Body,
    file: string,
    scope: (root: string, path: PathStep[]) => { value: Value; used: number } | undefined,
    depth: number,
  ): EvaluatedBody {
    const env = this.env(file, scope);
    const out: EvaluatedBody = { attrs: {}, blocks: {} };
    for (const a of body.attributes) {
      if (depth === 0 && META.has(a.name)) continue;
      out.attrs[a.name] = { value: evaluate(a.expr, env), line: a.line };
    }
    for (const b of body.blocks) {
      if (depth === 0 && META_BLOCKS.has(b.type)) continue;
      if (b.type === 'dynamic') {
        const label = b.labels[0] ?? '';
        const list = (out.blocks[label] ??= []);
        for (const blk of this.dynamicBlocks(b, file, scope, env, depth)) list.push(blk);
        continue;
      }
      (out.blocks[b.type] ??= []).push({ body: this.evalBody(b.body, file, scope, depth + 1), line: b.line });
    }
    return out;
  }

  private dynamicBlocks(
    b: Block,
    file: string,
    scope: (root: string, path: PathStep[]) => { value: Value; used: number } | undefined,
    env: EvalEnv,
    depth: number,
  ): EvaluatedBlock[] {
    const label = b.labels[0] ?? '';
    const forEach = b.body.attributes.find((a) => a.name === 'for_each');
    const iterAttr = b.body.attributes.find((a) => a.name === 'iterator');
    const iterator = iterAttr?.expr.k === 'var' ? iterAttr.expr.name : label;
    const content = b.body.blocks.find((x) => x.type === 'content');
    if (!forEach || !content) return [];
    const coll = evaluate(forEach.expr, env);
    if (isUnknownValue(coll)) {
      // The blocks are unknown: one marker block whose every attribute is unknown.
      this.ctx.warn(file, b.line, `dynamic "${label}" for_each is unknown; its blocks are not assessed`);
      return [
        {
          body: {
            attrs: {
              $unknown: {
                value: unknownValue(`dynamic "${label}" blocks are unknown (${coll.$unknown})`),
                line: b.line,
              },
            },
            blocks: {},
          },
          line: b.line,
        },
      ];
    }
    const entries: [Value, Value][] = Array.isArray(coll)
      ? coll.map((v, i) => [i, v])
      : isObject(coll)
        ? Object.keys(coll)
            .sort()
            .map((k) => [k, coll[k]!])
        : [];
    return entries.slice(0, MAX_INSTANCES).map(([key, value]) => {
      const inner = (root: string, path: PathStep[]) => {
        if (root === iterator) {
          const f = path[0];
          if (f?.k === 'get' && f.name === 'key') return { value: key, used: 1 };
          if (f?.k === 'get' && f.name === 'value') return { value, used: 1 };
        }
        return scope(root, path);
      };
      return { body: this.evalBody(content.body, file, inner, depth + 1), line: content.line };
    });
  }

  /** A resource's value as other expressions see it: configured attributes, and computed ones unknown. */
  private resourceRef(decl: ResourceDecl, rest: PathStep[]): { value: Value; used: number } {
    const x = this.expanded(decl);
    const base = `${this.prefix()}${decl.type}.${decl.name}`;
    if (!Array.isArray(x.keys))
      return { value: unknownValue(`${base}: ${x.keys.unknown}`, base), used: rest.length + 1 };
    const attrOf = (key: InstanceKey, steps: PathStep[], used: number): { value: Value; used: number } => {
      const addr = `${base}${keyText(key)}`;
      const step = steps[0];
      if (step?.k !== 'get') return { value: this.instanceObject(x, key, addr), used };
      const body = this.instanceBody(x, key);
      if (body === undefined)
        return { value: unknownValue(`${addr} refers to itself`, addr), used: used + 1 };
      const a = body.attrs[step.name];
      if (a !== undefined) return { value: a.value, used: used + 1 };
      const blocks = body.blocks[step.name];
      if (blocks !== undefined) return { value: blocks.map((b) => bodyObject(b.body)), used: used + 1 };
      return { value: unknownValue(`${addr}.${step.name} is known only after apply`, addr), used: used + 1 };
    };
    const counted = decl.block.body.attributes.some((a) => a.name === 'count' || a.name === 'for_each');
    if (!counted) return attrOf(undefined, rest, 1);
    const idx = rest[0];
    if (idx?.k === 'index') {
      if (isUnknownValue(idx.value))
        return { value: unknownValue(`index of ${base} is unknown`, base), used: rest.length + 1 };
      const forEach = decl.block.body.attributes.some((a) => a.name === 'for_each');
      const key: InstanceKey = forEach ? toStr(idx.value) : toNum(idx.value);
      if (key === undefined || !x.instances.has(keyText(key)))
        return { value: unknownValue(`${base}${keyText(key)} does not exist`), used: 2 };
      return attrOf(key, rest.slice(1), 2);
    }
    // The whole collection (splat or for expressions over it).
    const isMap = decl.block.body.attributes.some((a) => a.name === 'for_each');
    if (isMap) {
      const o: { [k: string]: Value } = {};
      for (const k of x.keys) o[String(k)] = this.instanceObject(x, k, `${base}${keyText(k)}`);
      return { value: o, used: 1 };
    }
    return { value: x.keys.map((k) => this.instanceObject(x, k, `${base}${keyText(k)}`)), used: 1 };
  }

  private instanceObject(x: ExpandedResource, key: InstanceKey, addr: string): Value {
    const body = this.instanceBody(x, key);
    const o: { [k: string]: Value } = body ? bodyObject(body) : {};
    for (const computed of ['id', 'arn', 'name'])
      if (!Object.hasOwn(o, computed))
        o[computed] = unknownValue(`${addr}.${computed} is known only after apply`, addr);
    return o;
  }

  // ---- modules ---------------------------------------------------------------------------------

  private moduleRef(
    name: string,
    rest: PathStep[],
    file: string,
    line: number,
  ): { value: Value; used: number } {
    const call = this.child(name, file, line);
    if (call === undefined)
      return { value: errorValue(`module.${name} is not declared`), used: rest.length + 1 };
    if (call.notAssessed)
      return {
        value: unknownValue(`module.${name} is not assessed (${call.notAssessed})`),
        used: rest.length + 1,
      };
    if (!Array.isArray(call.keys))
      return { value: unknownValue(`module.${name}: ${call.keys.unknown}`), used: rest.length + 1 };
    const outputOf = (inst: ModuleInstance, steps: PathStep[], used: number) => {
      const s = steps[0];
      if (s?.k === 'get') return { value: inst.output(s.name, file, line), used: used + 1 };
      return { value: inst.allOutputs(), used };
    };
    if (!call.counted) return outputOf(call.instances.get('')!, rest, 1);
    const idx = rest[0];
    if (idx?.k === 'index' && !isUnknownValue(idx.value)) {
      const inst = call.instances.get(
        keyText(
          toStr(idx.value) !== undefined && typeof idx.value === 'string' ? idx.value : toNum(idx.value),
        ),
      );
      if (!inst)
        return { value: unknownValue(`module.${name}${JSON.stringify(idx.value)} does not exist`), used: 2 };
      return outputOf(inst, rest.slice(1), 2);
    }
    const all = [...call.instances.entries()];
    if (call.isMap)
      return {
        value: Object.fromEntries(all.map(([k, i]) => [String(JSON.parse(k.slice(1, -1))), i.allOutputs()])),
        used: 1,
      };
    return { value: all.map(([, i]) => i.allOutputs()), used: 1 };
  }

  output(name: string, file: string, line: number): Value {
    const o = this.decls.outputs.get(name);
    if (!o) {
      this.ctx.warn(file, line, `${this.path || 'root module'} has no output "${name}"`);
      return errorValue(`no output ${name}`);
    }
    const v = o.block.body.attributes.find((a) => a.name === 'value');
    return v ? evaluate(v.expr, this.env(o.file)) : null;
  }

  allOutputs(): Value {
    const out: { [k: string]: Value } = {};
    for (const [n, o] of this.decls.outputs) {
      const v = o.block.body.attributes.find((a) => a.name === 'value');
      out[n] = v ? evaluate(v.expr, this.env(o.file)) : null;
    }
    return out;
  }

  child(name: string, file: string, line: number): ModuleCall | undefined {
    const existing = this.children.get(name);
    if (existing) return existing;
    const decl = this.decls.modules.get(name);
    if (!decl) {
      this.ctx.warn(file, line, `reference to undeclared module.${name}`);
      return undefined;
    }
    const call: ModuleCall = { keys: [], instances: new Map(), counted: false, isMap: false };
    this.children.set(name, call);
    const address = `${this.prefix()}module.${name}`;
    const srcAttr = decl.block.body.attributes.find((a) => a.name === 'source');
    const source = srcAttr ? evaluate(srcAttr.expr, this.env(decl.file)) : null;
    if (typeof source !== 'string') {
      call.notAssessed = 'source is not a known string';
      this.ctx.notAssessed(decl.file, decl.block.line, address, JSON.stringify(source));
      return call;
    }
    if (!/^\.\.?[\\/]/.test(source)) {
      call.notAssessed = `source "${source}" is not a local path; Parapet does not download modules`;
      this.ctx.notAssessed(decl.file, decl.block.line, address, source);
      return call;
    }
    if (this.depth + 1 > this.ctx.maxModuleDepth) {
      call.notAssessed = `modules nested deeper than ${this.ctx.maxModuleDepth}`;
      this.ctx.warn(decl.file, decl.block.line, `${address}: ${call.notAssessed} (a module calling itself?)`);
      return call;
    }
    const loaded = this.ctx.loadModule(this.decls, source, decl.block.line, decl.file);
    if (!loaded) {
      call.notAssessed = `module source ${source} could not be loaded`;
      return call;
    }
    call.counted = decl.block.body.attributes.some((a) => a.name === 'count' || a.name === 'for_each');
    call.isMap = decl.block.body.attributes.some((a) => a.name === 'for_each');
    const holder: { instances: Map<string, { key: InstanceKey; each?: Value }> } = { instances: new Map() };
    call.keys = this.expansionKeys(decl.block, decl.file, holder);
    if (!Array.isArray(call.keys)) {
      this.ctx.warn(
        decl.file,
        decl.block.line,
        `${address}: ${call.keys.unknown}; its resources are not assessed`,
      );
      return call;
    }
    for (const [k, { key, each }] of holder.instances) {
      const scope = instanceScope(key, each);
      const env = this.env(decl.file, scope);
      const inputs = new Map<string, () => Value>();
      for (const a of decl.block.body.attributes) {
        if (a.name === 'source' || a.name === 'version' || META.has(a.name)) continue;
        let memo: Value | undefined;
        inputs.set(a.name, () => (memo ??= evaluate(a.expr, env)));
      }
      call.instances.set(
        k,
        new ModuleInstance(loaded, this.ctx, `${address}${keyText(key)}`, inputs, this.depth + 1),
      );
    }
    return call;
  }

  /** Every managed resource instance of this module and its local child modules. */
  *instances(): Generator<
    ResourceInstance | { notAssessed: string; file: string; line: number; address: string }
  > {
    for (const decl of this.decls.resources) {
      if (decl.mode !== 'managed') continue;
      const x = this.expanded(decl);
      const base = `${this.prefix()}${decl.type}.${decl.name}`;
      if (!Array.isArray(x.keys)) {
        yield { notAssessed: x.keys.unknown, file: decl.file, line: decl.block.line, address: base };
        continue;
      }
      for (const k of x.keys) {
        const body = this.instanceBody(x, k);
        if (!body) continue;
        yield {
          type: decl.type,
          address: `${base}${keyText(k)}`,
          file: decl.file,
          line: decl.block.line,
          endLine: decl.block.endLine,
          body,
          modulePath: this.path,
        };
      }
    }
    for (const [name, m] of this.decls.modules) {
      const call = this.child(name, m.file, m.block.line);
      if (!call || call.notAssessed || !Array.isArray(call.keys)) continue;
      for (const inst of call.instances.values()) yield* inst.instances();
    }
  }
}

interface ModuleCall {
  keys: InstanceKey[] | { unknown: string };
  instances: Map<string, ModuleInstance>;
  counted: boolean;
  isMap: boolean;
  notAssessed?: string;
}

function instanceScope(key: InstanceKey, each: Value | undefined) {
  return (root: string, path: PathStep[]): { value: Value; used: number } | undefined => {
    const f = path[0];
    if (root === 'count' && typeof key === 'number' && f?.k === 'get' && f.name === 'index')
      return { value: key, used: 1 };
    if (root === 'each' && typeof key === 'string' && f?.k === 'get') {
      if (f.name === 'key') return { value: key, used: 1 };
      if (f.name === 'value') return { value: each ?? null, used: 1 };
    }
    return undefined;
  };
}

/** An evaluated body as a value (nested blocks become lists of objects). */
export function bodyObject(body: EvaluatedBody): { [k: string]: Value } {
  const o: { [k: string]: Value } = {};
  for (const [k, a] of Object.entries(body.attrs)) o[k] = a.value;
  for (const [k, bs] of Object.entries(body.blocks)) o[k] = bs.map((b) => bodyObject(b.body));
  return o;
}

/** Terraform converts input values to the declared primitive type (`"8080"` → 8080 for number). */
function convertToType(v: Value, type: Expr | undefined): Value {
  if (!type || type.k !== 'var' || isUnknownValue(v)) return v;
  if (type.name === 'number') return toNum(v) ?? v;
  if (type.name === 'bool') return toBool(v) ?? v;
  if (type.name === 'string') return toStr(v) ?? v;
  return v;
}

/** Collect one module's declarations from its parsed files. */
export function collectDecls(
  dir: string,
  display: string,
  files: { file: string; body: Body }[],
): ModuleDecls {
  const d: ModuleDecls = {
    dir,
    display,
    variables: new Map(),
    locals: new Map(),
    resources: [],
    modules: new Map(),
    outputs: new Map(),
    providers: [],
  };
  for (const f of files) {
    for (const b of f.body.blocks) {
      const [l0, l1] = b.labels;
      if (b.type === 'variable' && l0) d.variables.set(l0, { block: b, file: f.file });
      else if (b.type === 'locals')
        for (const a of b.body.attributes) d.locals.set(a.name, { attr: a, file: f.file });
      else if (b.type === 'resource' && l0 && l1)
        d.resources.push({ mode: 'managed', type: l0, name: l1, block: b, file: f.file });
      else if (b.type === 'data' && l0 && l1)
        d.resources.push({ mode: 'data', type: l0, name: l1, block: b, file: f.file });
      else if (b.type === 'module' && l0) d.modules.set(l0, { block: b, file: f.file });
      else if (b.type === 'output' && l0) d.outputs.set(l0, { block: b, file: f.file });
      else if (b.type === 'provider') d.providers.push({ block: b, file: f.file });
    }
  }
  return d;
}
