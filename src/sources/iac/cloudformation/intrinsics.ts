/**
 * Resolves CloudFormation intrinsic functions over a template's values: `Ref` (parameters with their
 * defaults or given values, pseudo parameters, resources), `Fn::Sub`, `Fn::Join`, `Fn::If` with the
 * template's Conditions (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`), `Fn::Select`, `Fn::Split`,
 * `Fn::FindInMap`, `Fn::Base64`. What is known only at deploy time (`Fn::GetAtt`, a resource's `Ref`,
 * `AWS::AccountId`, imports) is unknown; `AWS::NoValue` removes the property.
 */
import { isObject, isUnknownValue, toStr, unknownValue, type Value } from '../terraform/value.js';

/** Marker for `Ref: AWS::NoValue`: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue');

export interface CfnContext {
  parameters: Record<string, Value>;
  conditions: Record<string, unknown>;
  mappings: Record<string, unknown>;
  resources: Set<string>;
  /** Conditions being evaluated (cycle guard). */
  busy?: Set<string>;
}

const PSEUDO: Record<string, Value> = {
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

export function resolveValue(v: unknown, ctx: CfnContext, depth = 0): Value {
  const r = resolve(v, ctx, depth);
  return r === NO_VALUE ? null : r;
}

function resolve(v: unknown, ctx: CfnContext, depth: number): Value | typeof NO_VALUE {
  if (depth > 64) return unknownValue('intrinsic functions nested too deeply');
  if (v === undefined) return null;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const out: Value[] = [];
    for (const x of v) {
      const r = resolve(x, ctx, depth + 1);
      if (r !== NO_VALUE) out.push(r);
    }
    return out;
  }
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1) {
    const k = keys[0]!;
    const arg = o[k];
    if (k === 'Ref') return ref(arg, ctx);
    if (k === 'Condition' && typeof arg === 'string') return condition(arg, ctx, depth);
    if (k.startsWith('Fn::')) return fn(k.slice(4), arg, ctx, depth);
  }
  const out: { [k: string]: Value } = {};
  for (const k of keys) {
    const r = resolve(o[k], ctx, depth + 1);
    if (r !== NO_VALUE)
      Object.defineProperty(out, k, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function ref(name: unknown, ctx: CfnContext): Value | typeof NO_VALUE {
  if (typeof name !== 'string') return unknownValue('Ref of a non-string');
  if (name === 'AWS::NoValue') return NO_VALUE;
  if (Object.hasOwn(ctx.parameters, name)) return ctx.parameters[name]!;
  if (Object.hasOwn(PSEUDO, name)) return PSEUDO[name]!;
  if (name.startsWith('AWS::')) return unknownValue(`${name} is known only at deploy time`);
  if (ctx.resources.has(name)) return unknownValue(`Ref ${name} is known only after deploy`, name);
  return unknownValue(`Ref to undeclared ${name}`);
}

export function condition(name: string, ctx: CfnContext, depth: number): Value {
  if (!Object.hasOwn(ctx.conditions, name)) return unknownValue(`condition ${name} is not declared`);
  const busy = (ctx.busy ??= new Set());
  if (busy.has(name)) return unknownValue(`condition ${name} refers to itself`);
  busy.add(name);
  try {
    return resolveValue(ctx.conditions[name], ctx, depth + 1);
  } finally {
    busy.delete(name);
  }
}

function truth(v: Value): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

function fn(name: string, arg: unknown, ctx: CfnContext, depth: number): Value | typeof NO_VALUE {
  const args: unknown[] = Array.isArray(arg) ? (arg as unknown[]) : [arg];
  const r = (x: unknown) => resolveValue(x, ctx, depth + 1);
  switch (name) {
    case 'If': {
      const [c, a, b] = args;
      const cv =
        typeof c === 'string' ? condition(c, ctx, depth) : unknownValue('Fn::If needs a condition name');
      const t = truth(cv);
      if (t === undefined) {
        const av = resolve(a, ctx, depth + 1);
        const bv = resolve(b, ctx, depth + 1);
        return JSON.stringify(av) === JSON.stringify(bv)
          ? av
          : unknownValue(`condition ${String(c)} is unknown`);
      }
      return resolve(t ? a : b, ctx, depth + 1);
    }
    case 'Equals': {
      const [a, b] = args.map(r);
      if (isUnknownValue(a!) || isUnknownValue(b!)) return unknownValue('Fn::Equals of an unknown value');
      return toStr(a!) === toStr(b!);
    }
    case 'Not': {
      const t = truth(r(args[0]));
      return t === undefined ? unknownValue('Fn::Not of an unknown condition') : !t;
    }
    case 'And':
    case 'Or': {
      const vs = args.map((x) => truth(r(x)));
      if (name === 'And')
        return vs.includes(false)
          ? false
          : vs.includes(undefined)
            ? unknownValue('Fn::And of an unknown condition')
            : true;
      return vs.includes(true)
        ? true
        : vs.includes(undefined)
          ? unknownValue('Fn::Or of an unknown condition')
          : false;
    }
    case 'Sub': {
      const [tmpl, vars]: unknown[] = Array.isArray(arg) ? (arg as unknown[]) : [arg, {}];
      if (typeof tmpl !== 'string') return unknownValue('Fn::Sub of a non-string');
      const local = isObject(r(vars)) ? (r(vars) as Record<string, Value>) : {};
      let unknown: Value | undefined;
      const out = tmpl.replace(/\$\{([^}]*)\}/g, (m, expr: string) => {
        if (expr.startsWith('!')) return `\${${expr.slice(1)}}`;
        const v = Object.hasOwn(local, expr)
          ? local[expr]!
          : expr.includes('.')
            ? unknownValue(`${expr} is known only after deploy`, expr.split('.')[0])
            : (resolve({ Ref: expr }, ctx, depth + 1) as Value);
        const s = isUnknownValue(v) ? undefined : toStr(v);
        if (s === undefined) {
          unknown ??= isUnknownValue(v) ? v : unknownValue(`\${${expr}} is not a string`);
          return m;
        }
        return s;
      });
      return unknown ?? out;
    }
    case 'Join': {
      const [sep, list] = args;
      const l = r(list);
      if (isUnknownValue(l)) return l;
      if (!Array.isArray(l)) return unknownValue('Fn::Join of a non-list');
      const u = l.find((x) => isUnknownValue(x));
      if (u !== undefined) return unknownValue(isUnknownValue(u) ? u.$unknown : 'unknown');
      return l.map((x) => toStr(x) ?? '').join(toStr(r(sep)) ?? '');
    }
    case 'Select': {
      const [i, list] = args.map(r);
      if (!Array.isArray(list) || typeof Number(i) !== 'number')
        return unknownValue('Fn::Select of an unknown list');
      return list[Number(i)] ?? unknownValue('Fn::Select index out of range');
    }
    case 'Split': {
      const [sep, s] = args.map(r);
      return typeof s === 'string' && typeof sep === 'string'
        ? s.split(sep)
        : unknownValue('Fn::Split of an unknown string');
    }
    case 'FindInMap': {
      const [m, a, b] = args.map(r);
      const map = typeof m === 'string' && Object.hasOwn(ctx.mappings, m) ? ctx.mappings[m] : undefined;
      const l1 =
        typeof a === 'string' && map && typeof map === 'object'
          ? (map as Record<string, unknown>)[a]
          : undefined;
      const l2 =
        typeof b === 'string' && l1 && typeof l1 === 'object'
          ? (l1 as Record<string, unknown>)[b]
          : undefined;
      return l2 === undefined ? unknownValue('Fn::FindInMap: the key is unknown or missing') : r(l2);
    }
    case 'Base64': {
      const s = r(args[0]);
      return typeof s === 'string'
        ? Buffer.from(s).toString('base64')
        : unknownValue('Fn::Base64 of an unknown value');
    }
    case 'GetAtt': {
      const target = Array.isArray(arg) ? String(arg[0]) : String(arg).split('.')[0];
      return unknownValue(
        `Fn::GetAtt ${Array.isArray(arg) ? arg.join('.') : String(arg)} is known only after deploy`,
        target,
      );
    }
    default:
      return unknownValue(`Fn::${name} is not evaluated by Parapet`);
  }
}
