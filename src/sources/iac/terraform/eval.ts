/**
 * Evaluates Terraform expressions (ast.ts) to values (value.ts). Names (var, local, module, each,
 * count, resources, data) are resolved by the caller's `EvalEnv`, lazily, so only what is used is
 * evaluated. Anything that cannot be known before apply is unknown, never guessed. Work is bounded:
 * a budget of steps and a cap on list sizes keep hostile input from hanging the scan.
 */
import type { Accessor, Expr } from './ast.js';
import { FUNCTIONS, FunctionError } from './functions.js';
import {
  errorValue,
  isObject,
  isUnknownValue,
  toBool,
  toNum,
  toStr,
  typeName,
  unknownValue,
  type Value,
} from './value.js';

export type PathStep = { k: 'get'; name: string } | { k: 'index'; value: Value };

export interface EvalEnv {
  /**
   * The value of a name followed by (some of) its accessors: `var.x`, `aws_s3_bucket.b.id`. Returns
   * how many steps of `path` it consumed; the evaluator applies the rest.
   */
  resolve(root: string, path: PathStep[], line: number): { value: Value; used: number };
  /** A problem worth telling the user (bad function argument, missing attribute), with its line. */
  warn(line: number, message: string): void;
  /** Shared step budget for one run. */
  budget: { steps: number };
}

export class EvalLimitError extends Error {}

const MAX_ITEMS = 10_000;

export function evaluate(e: Expr, env: EvalEnv): Value {
  if (--env.budget.steps < 0) throw new EvalLimitError('evaluation step budget exhausted');
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'tmpl': {
      let out = '';
      for (const p of e.parts) {
        if (typeof p === 'string') {
          out += p;
          continue;
        }
        const v = evaluate(p, env);
        if (isUnknownValue(v)) return unknownValue(v.$unknown);
        const s = v === null ? '' : toStr(v);
        if (s === undefined) {
          env.warn(e.line, `cannot use a ${typeName(v)} in a string template`);
          return unknownValue(`a ${typeName(v)} in a string template`);
        }
        out += s;
        if (out.length > 1_000_000) return unknownValue('string longer than 1,000,000 characters');
      }
      return out;
    }
    case 'var':
    case 'get':
    case 'index':
      return chain(e, env);
    case 'splat': {
      const base = evaluate(e.obj, env);
      if (isUnknownValue(base)) return base;
      const items = base === null ? [] : Array.isArray(base) ? base : [base];
      return items.map((item) => applyAccessors(item, e.rest, env, e.line));
    }
    case 'tuple':
      return e.items.map((x) => evaluate(x, env));
    case 'object': {
      const out: { [k: string]: Value } = {};
      for (const { key, value } of e.items) {
        const k = evaluate(key, env);
        const ks = toStr(k);
        if (ks === undefined) {
          env.warn(e.line, `object key is ${isUnknownValue(k) ? 'unknown' : `a ${typeName(k)}`}`);
          return unknownValue(isUnknownValue(k) ? k.$unknown : 'object key is not a string');
        }
        Object.defineProperty(out, ks, {
          value: evaluate(value, env),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'call':
      return call(e, env);
    case 'cond': {
      const c = evaluate(e.c, env);
      if (isUnknownValue(c)) {
        const t = evaluate(e.t, env);
        const f = evaluate(e.f, env);
        return JSON.stringify(t) === JSON.stringify(f)
          ? t
          : unknownValue(`condition is unknown (${c.$unknown})`);
      }
      const b = toBool(c);
      if (b === undefined) {
        env.warn(e.line, `condition is a ${typeName(c)}, not a bool`);
        return unknownValue('condition is not a bool');
      }
      return evaluate(b ? e.t : e.f, env);
    }
    case 'unary': {
      const v = evaluate(e.e, env);
      if (isUnknownValue(v)) return v;
      if (e.op === '!') {
        const b = toBool(v);
        return b === undefined ? unknownValue('! of a non-bool') : !b;
      }
      const n = toNum(v);
      return n === undefined ? unknownValue('- of a non-number') : -n;
    }
    case 'binary':
      return binary(e.op, e.l, e.r, env);
    case 'for':
      return forExpr(e, env);
    case 'unsupported':
      return unknownValue(`${e.what} is not evaluated by Parapet`);
  }
}

/** A chain of accessors on a name: resolved by the env as far as it can, the rest applied here. */
function chain(e: Expr, env: EvalEnv): Value {
  const steps: Accessor[] = [];
  let base = e;
  while (base.k === 'get' || base.k === 'index') {
    steps.unshift(base.k === 'get' ? { k: 'get', attr: base.attr } : { k: 'index', idx: base.idx });
    base = base.obj;
  }
  if (base.k !== 'var') return applyAccessors(evaluate(base, env), steps, env, e.line);
  const path: PathStep[] = steps.map((s) =>
    s.k === 'get' ? { k: 'get', name: s.attr } : { k: 'index', value: evaluate(s.idx, env) },
  );
  const { value, used } = env.resolve(base.name, path, e.line);
  return applySteps(value, path.slice(used), env, e.line);
}

function applyAccessors(v: Value, acc: Accessor[], env: EvalEnv, line: number): Value {
  return applySteps(
    v,
    acc.map((s) =>
      s.k === 'get' ? { k: 'get', name: s.attr } : { k: 'index', value: evaluate(s.idx, env) },
    ),
    env,
    line,
  );
}

export function applySteps(v: Value, steps: PathStep[], env: EvalEnv, line: number): Value {
  let cur = v;
  for (const s of steps) {
    if (isUnknownValue(cur)) return cur;
    if (s.k === 'index' && isUnknownValue(s.value))
      return unknownValue(`index is unknown (${s.value.$unknown})`);
    const key = s.k === 'get' ? s.name : s.value;
    if (Array.isArray(cur)) {
      const i = toNum(key);
      if (i === undefined || !Number.isInteger(i) || i < 0 || i >= cur.length) {
        env.warn(line, `index ${JSON.stringify(key)} is out of range for a list of ${cur.length}`);
        return errorValue(`index ${JSON.stringify(key)} out of range`);
      }
      cur = cur[i]!;
    } else if (isObject(cur)) {
      const k = toStr(key);
      if (k === undefined || !Object.hasOwn(cur, k)) {
        env.warn(line, `no attribute or key "${String(k ?? JSON.stringify(key))}"`);
        return errorValue(`no attribute or key "${String(k)}"`);
      }
      cur = cur[k]!;
    } else {
      env.warn(
        line,
        `cannot read "${String(typeof key === 'object' ? JSON.stringify(key) : key)}" of a ${typeName(cur)}`,
      );
      return errorValue(`cannot index a ${typeName(cur)}`);
    }
  }
  return cur;
}

function call(e: Extract<Expr, { k: 'call' }>, env: EvalEnv): Value {
  if (e.name === 'try' || e.name === 'can') {
    // An argument that fails to evaluate is skipped; one that is merely unknown makes the result unknown.
    for (const a of e.args) {
      const v = evaluate(a, { ...env, warn: () => undefined });
      if (isUnknownValue(v) && v.$error === true) {
        if (e.name === 'can') return false;
        continue;
      }
      if (e.name === 'can') return isUnknownValue(v) ? unknownValue(v.$unknown) : true;
      return v;
    }
    return e.name === 'can' ? false : errorValue('try(): no argument could be evaluated');
  }
  const fn = Object.hasOwn(FUNCTIONS, e.name) ? FUNCTIONS[e.name] : undefined;
  let args = e.args.map((a) => evaluate(a, env));
  if (e.expand && args.length > 0) {
    const last = args[args.length - 1]!;
    if (isUnknownValue(last)) return last;
    args = [...args.slice(0, -1), ...(Array.isArray(last) ? last : [last])];
  }
  if (fn === undefined) {
    if (e.name.includes('::'))
      return unknownValue(`provider function ${e.name}() is not evaluated by Parapet`);
    env.warn(e.line, `function ${e.name}() is not known to Parapet`);
    return errorValue(`${e.name}() is not evaluated by Parapet`);
  }
  const u = args.find((a) => isUnknownValue(a));
  if (u !== undefined && isUnknownValue(u)) return unknownValue(u.$unknown);
  try {
    const v = fn(args);
    if (Array.isArray(v) && v.length > MAX_ITEMS)
      return unknownValue(`${e.name}() returned more than ${MAX_ITEMS} items`);
    return v;
  } catch (err) {
    if (err instanceof FunctionError || err instanceof Error) {
      if (err instanceof EvalLimitError) throw err;
      env.warn(e.line, err.message);
      return errorValue(err.message);
    }
    throw err;
  }
}

function equal(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function binary(op: string, le: Expr, re: Expr, env: EvalEnv): Value {
  const l = evaluate(le, env);
  // `false && x` and `true || x` are decided by the known side even when the other is unknown.
  if (op === '&&' || op === '||') {
    const r = evaluate(re, env);
    const lb = isUnknownValue(l) ? undefined : toBool(l);
    const rb = isUnknownValue(r) ? undefined : toBool(r);
    if (op === '&&') {
      if (lb === false || rb === false) return false;
      if (lb === true && rb === true) return true;
    } else {
      if (lb === true || rb === true) return true;
      if (lb === false && rb === false) return false;
    }
    return unknownValue(
      isUnknownValue(l) ? l.$unknown : isUnknownValue(r) ? r.$unknown : `${op} of non-bool values`,
    );
  }
  const r = evaluate(re, env);
  if (isUnknownValue(l)) return unknownValue(l.$unknown);
  if (isUnknownValue(r)) return unknownValue(r.$unknown);
  if (op === '==')
    return equal(l, r) || (toStr(l) !== undefined && typeof l === typeof r && toStr(l) === toStr(r));
  if (op === '!=') return !equal(l, r);
  const a = toNum(l);
  const b = toNum(r);
  if (a === undefined || b === undefined) {
    env.warn(le.line, `operator ${op} needs numbers, got ${typeName(l)} and ${typeName(r)}`);
    return unknownValue(`${op} of non-numbers`);
  }
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? unknownValue('division by zero') : a / b;
    case '%':
      return b === 0 ? unknownValue('modulo by zero') : a % b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    default:
      return unknownValue(`operator ${op} is not evaluated by Parapet`);
  }
}

function forExpr(e: Extract<Expr, { k: 'for' }>, env: EvalEnv): Value {
  const coll = evaluate(e.coll, env);
  if (isUnknownValue(coll)) return coll;
  let entries: [Value, Value][];
  if (Array.isArray(coll)) entries = coll.map((v, i) => [i, v]);
  else if (isObject(coll))
    entries = Object.keys(coll)
      .sort()
      .map((k) => [k, coll[k]!]);
  else {
    env.warn(e.line, `for expression over a ${typeName(coll)}`);
    return unknownValue(`for expression over a ${typeName(coll)}`);
  }
  if (entries.length > MAX_ITEMS) return unknownValue(`for expression over more than ${MAX_ITEMS} items`);
  const tuple: Value[] = [];
  const object: { [k: string]: Value } = {};
  for (const [k, v] of entries) {
    const scoped: EvalEnv = {
      ...env,
      resolve: (root, path, line) => {
        if (root === e.valVar) return { value: v, used: 0 };
        if (e.keyVar !== undefined && root === e.keyVar) return { value: k, used: 0 };
        return env.resolve(root, path, line);
      },
    };
    if (e.cond) {
      const c = evaluate(e.cond, scoped);
      if (isUnknownValue(c)) return unknownValue(`for condition is unknown (${c.$unknown})`);
      if (toBool(c) !== true) continue;
    }
    const value = evaluate(e.value, scoped);
    if (e.kind === 'tuple') tuple.push(value);
    else {
      const key = evaluate(e.key!, scoped);
      const ks = toStr(key);
      if (ks === undefined) return unknownValue('for expression key is not a known string');
      if (e.group) {
        const prior = Object.hasOwn(object, ks) ? object[ks] : undefined;
        Object.defineProperty(object, ks, {
          value: [...(Array.isArray(prior) ? prior : []), value],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else
        Object.defineProperty(object, ks, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return e.kind === 'tuple' ? tuple : object;
}
