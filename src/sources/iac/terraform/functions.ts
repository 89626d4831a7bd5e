/**
 * Terraform's pure built-in functions that configurations commonly use. Functions whose result
 * depends on the world (timestamp, uuid) are unknown. The evaluator makes a call with an unknown
 * argument unknown before calling; a wrong argument throws FunctionError, which it reports.
 */
import { createHash } from 'node:crypto';
import { format as cidrFormat, subnet as cidrSubnet, hostOf, maskOf } from './cidr.js';
import { isObject, toBool, toNum, toStr, typeName, unknownValue, type Value } from './value.js';

export type TfFunction = (args: Value[]) => Value;

class FunctionError extends Error {}

function fail(name: string, message: string): never {
  throw new FunctionError(`${name}(): ${message}`);
}

export { FunctionError };

const str = (name: string, v: Value | undefined): string => {
  const s = v === undefined ? undefined : toStr(v);
  if (s === undefined) fail(name, `expected a string, got ${v === undefined ? 'nothing' : typeName(v)}`);
  return s;
};
const num = (name: string, v: Value | undefined): number => {
  const n = v === undefined ? undefined : toNum(v);
  if (n === undefined) fail(name, `expected a number, got ${v === undefined ? 'nothing' : typeName(v)}`);
  return n;
};
const list = (name: string, v: Value | undefined): Value[] => {
  if (Array.isArray(v)) return v;
  fail(name, `expected a list, got ${v === undefined ? 'nothing' : typeName(v)}`);
};
const obj = (name: string, v: Value | undefined): { [k: string]: Value } => {
  if (isObject(v)) return v;
  fail(name, `expected a map or object, got ${v === undefined ? 'nothing' : typeName(v)}`);
};

function toJson(v: Value, depth = 0): unknown {
  if (depth > 64) fail('jsonencode', 'value nested too deeply');
  if (Array.isArray(v)) return v.map((x) => toJson(x, depth + 1));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x, depth + 1)]));
  return v;
}

function fromJson(v: unknown, depth = 0): Value {
  if (depth > 64) fail('jsondecode', 'value nested too deeply');
  if (Array.isArray(v)) return v.map((x) => fromJson(x, depth + 1));
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x, depth + 1)]));
  return v as Value;
}

function sprintf(fmt: string, args: Value[]): string {
  let i = 0;
  return fmt.replace(/%(%|[-+ #0]*\d*(?:\.\d+)?[sdvqftbxXoe])/g, (m, spec: string) => {
    if (spec === '%') return '%';
    const arg = args[i++];
    if (arg === undefined) fail('format', `not enough arguments for "${fmt}"`);
    const verb = spec[spec.length - 1];
    const prec = /\.(\d+)/.exec(spec)?.[1];
    if (verb === 'd') {
      const d = String(Math.trunc(num('format', arg)));
      const width = Number(
        /(\d+)(?:\.|[a-zA-Z]$)/.exec(
          spec.slice(spec.search(/[1-9]/) < 0 ? spec.length : spec.search(/[1-9]/)),
        )?.[1] ?? 0,
      );
      const zero = /^[-+ #]*0/.test(spec);
      return spec.includes('-') ? d.padEnd(width) : d.padStart(width, zero ? '0' : ' ');
    }
    if (verb === 'f') return num('format', arg).toFixed(prec === undefined ? 6 : Number(prec));
    if (verb === 'q') return JSON.stringify(str('format', arg));
    if (verb === 'x') return Math.trunc(num('format', arg)).toString(16);
    if (verb === 'X') return Math.trunc(num('format', arg)).toString(16).toUpperCase();
    if (verb === 'o') return Math.trunc(num('format', arg)).toString(8);
    if (verb === 'b') return Math.trunc(num('format', arg)).toString(2);
    if (verb === 'v' && (Array.isArray(arg) || isObject(arg))) return JSON.stringify(toJson(arg));
    return str('format', arg);
  });
}

const flatten = (v: Value[], depth = 0): Value[] =>
  depth > 64 ? v : v.flatMap((x) => (Array.isArray(x) ? flatten(x, depth + 1) : [x]));

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

const distinct = (v: Value[]) => v.filter((x, i) => v.findIndex((y) => same(x, y)) === i);

/** The functions, by name. Arguments arrive evaluated; unknowns are handled by the caller unless listed in UNKNOWN_TOLERANT. */
export const FUNCTIONS: Record<string, TfFunction> = {
  jsonencode: ([v]) => JSON.stringify(toJson(v ?? null)),
  jsondecode: ([v]) => {
    try {
      return fromJson(JSON.parse(str('jsondecode', v)));
    } catch (e) {
      if (e instanceof FunctionError) throw e;
      fail('jsondecode', 'argument is not valid JSON');
    }
  },
  yamlencode: () => unknownValue('yamlencode() is not evaluated by Parapet'),
  merge: (args) => {
    const out: { [k: string]: Value } = {};
    for (const a of args) {
      if (a === null) continue;
      Object.assign(out, obj('merge', a));
    }
    return out;
  },
  concat: (args) => args.flatMap((a) => list('concat', a)),
  lookup: ([m, k, d]) => {
    const o = obj('lookup', m);
    const key = str('lookup', k);
    if (Object.hasOwn(o, key)) return o[key]!;
    if (d === undefined) fail('lookup', `no key "${key}" and no default`);
    return d;
  },
  format: ([f, ...rest]) => sprintf(str('format', f), rest),
  formatlist: ([f, ...rest]) => {
    const fmt = str('formatlist', f);
    const n = Math.max(1, ...rest.map((r) => (Array.isArray(r) ? r.length : 1)));
    return Array.from({ length: n }, (_, i) =>
      sprintf(
        fmt,
        rest.map((r) => (Array.isArray(r) ? (r[i] ?? null) : r)),
      ),
    );
  },
  length: ([v]) => {
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    return Object.keys(obj('length', v)).length;
  },
  lower: ([v]) => str('lower', v).toLowerCase(),
  upper: ([v]) => str('upper', v).toUpperCase(),
  title: ([v]) => str('title', v).replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([v]) => str('trimspace', v).trim(),
  trim: ([v, c]) => {
    const s = str('trim', v);
    const set = new Set(str('trim', c));
    let a = 0;
    let b = s.length;
    while (a < b && set.has(s[a]!)) a++;
    while (b > a && set.has(s[b - 1]!)) b--;
    return s.slice(a, b);
  },
  trimprefix: ([v, p]) => {
    const s = str('trimprefix', v);
    const x = str('trimprefix', p);
    return s.startsWith(x) ? s.slice(x.length) : s;
  },
  trimsuffix: ([v, p]) => {
    const s = str('trimsuffix', v);
    const x = str('trimsuffix', p);
    return x !== '' && s.endsWith(x) ? s.slice(0, -x.length) : s;
  },
  startswith: ([v, p]) => str('startswith', v).startsWith(str('startswith', p)),
  endswith: ([v, p]) => str('endswith', v).endsWith(str('endswith', p)),
  substr: ([v, o, l]) => {
    const chars = [...str('substr', v)];
    let off = num('substr', o);
    if (off < 0) off = chars.length + off;
    const len = num('substr', l);
    return chars.slice(off, len < 0 ? undefined : off + len).join('');
  },
  join: ([sep, ...lists]) =>
    lists
      .flatMap((l) => list('join', l))
      .map((x) => str('join', x))
      .join(str('join', sep)),
  split: ([sep, v]) => str('split', v).split(str('split', sep)),
  replace: ([v, a, b]) => {
    const s = str('replace', v);
    const from = str('replace', a);
    const to = str('replace', b);
    const re = /^\/(.*)\/$/s.exec(from);
    if (re) {
      try {
        return s.replace(new RegExp(re[1]!, 'g'), to.replace(/\$\{(\d+)\}/g, '$$$1'));
      } catch {
        fail('replace', `invalid pattern ${from}`);
      }
    }
    return s.split(from).join(to);
  },
  tostring: ([v]) => (v === null ? null : str('tostring', v)),
  tonumber: ([v]) => (v === null ? null : num('tonumber', v)),
  tobool: ([v]) => {
    if (v === null || v === undefined) return null;
    const b = toBool(v);
    if (b === undefined) fail('tobool', `cannot convert ${typeName(v)} to bool`);
    return b;
  },
  tolist: ([v]) => list('tolist', v),
  toset: ([v]) => distinct(list('toset', v)),
  tomap: ([v]) => obj('tomap', v),
  element: ([l, i]) => {
    const a = list('element', l);
    if (a.length === 0) fail('element', 'list is empty');
    return a[((num('element', i) % a.length) + a.length) % a.length]!;
  },
  index: ([l, v]) => {
    const i = list('index', l).findIndex((x) => same(x, v ?? null));
    if (i < 0) fail('index', 'item not found');
    return i;
  },
  contains: ([l, v]) => list('contains', l).some((x) => same(x, v ?? null)),
  keys: ([m]) => Object.keys(obj('keys', m)).sort(),
  values: ([m]) => {
    const o = obj('values', m);
    return Object.keys(o)
      .sort()
      .map((k) => o[k]!);
  },
  zipmap: ([k, v]) => {
    const ks = list('zipmap', k);
    const vs = list('zipmap', v);
    return Object.fromEntries(ks.map((x, i) => [str('zipmap', x), vs[i] ?? null]));
  },
  coalesce: (args) => {
    const v = args.find((a) => a !== null && a !== '');
    if (v === undefined) fail('coalesce', 'no non-null, non-empty argument');
    return v;
  },
  coalescelist: (args) => args.find((a) => Array.isArray(a) && a.length > 0) ?? [],
  compact: ([l]) => list('compact', l).filter((x) => x !== null && x !== ''),
  flatten: ([l]) => flatten(list('flatten', l)),
  distinct: ([l]) => distinct(list('distinct', l)),
  reverse: ([l]) => [...list('reverse', l)].reverse(),
  sort: ([l]) =>
    list('sort', l)
      .map((x) => str('sort', x))
      .sort(),
  slice: ([l, a, b]) => list('slice', l).slice(num('slice', a), num('slice', b)),
  one: ([l]) => {
    const a = list('one', l);
    if (a.length > 1) fail('one', 'list has more than one element');
    return a[0] ?? null;
  },
  range: (args) => {
    const n = args.map((a) => num('range', a));
    const [start, end, step] =
      n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? (n[0]! <= n[1]! ? 1 : -1)];
    if (step === 0) fail('range', 'step is zero');
    const count = Math.ceil((end - start) / step);
    if (count > 1024) fail('range', `${count} elements is over the limit of 1024`);
    return Array.from({ length: Math.max(0, count) }, (_, i) => start + i * step);
  },
  setunion: (args) => distinct(args.flatMap((a) => list('setunion', a))),
  setintersection: ([first, ...rest]) =>
    distinct(
      list('setintersection', first).filter((x) =>
        rest.every((r) => list('setintersection', r).some((y) => same(x, y))),
      ),
    ),
  setsubtract: ([a, b]) =>
    list('setsubtract', a).filter((x) => !list('setsubtract', b).some((y) => same(x, y))),
  min: (args) => Math.min(...args.map((a) => num('min', a))),
  max: (args) => Math.max(...args.map((a) => num('max', a))),
  abs: ([v]) => Math.abs(num('abs', v)),
  ceil: ([v]) => Math.ceil(num('ceil', v)),
  floor: ([v]) => Math.floor(num('floor', v)),
  parseint: ([v, b]) => parseInt(str('parseint', v), num('parseint', b)),
  base64encode: ([v]) => Buffer.from(str('base64encode', v)).toString('base64'),
  base64decode: ([v]) => Buffer.from(str('base64decode', v), 'base64').toString('utf8'),
  md5: ([v]) => createHash('md5').update(str('md5', v)).digest('hex'),
  sha1: ([v]) => createHash('sha1').update(str('sha1', v)).digest('hex'),
  sha256: ([v]) => createHash('sha256').update(str('sha256', v)).digest('hex'),
  cidrsubnet: ([p, b, n]) =>
    cidrFormat(cidrSubnet(str('cidrsubnet', p), num('cidrsubnet', b), num('cidrsubnet', n))),
  cidrhost: ([p, n]) => hostOf(str('cidrhost', p), num('cidrhost', n)),
  cidrnetmask: ([p]) => maskOf(str('cidrnetmask', p)),
  timestamp: () => unknownValue('timestamp() is known only at apply'),
  uuid: () => unknownValue('uuid() is known only at apply'),
  bcrypt: () => unknownValue('bcrypt() is random'),
  templatefile: () => unknownValue('templatefile() is not evaluated by Parapet'),
};
