/**
 * ARM template expressions (`"[concat(parameters('name'), '-sa')]"`): a tokenizer, a recursive-descent
 * parser and an evaluator for the pure template functions. What cannot be known before deployment
 * (`reference()`, `resourceGroup()`, `subscription()`, `uniqueString()`, parameters without a value,
 * functions Parapet does not evaluate) is `{ $unknown: reason }`, which spreads through every function
 * that reads it; `if` evaluates only the branch it takes. Input is bounded (length, depth, steps).
 */
import { isUnknownValue, unknownValue, type Value } from '../terraform/value.js';

export const ARM_EXPR_LIMITS = { length: 65_536, depth: 100, steps: 1_000_000, items: 100_000 } as const;

export type ArmExpr =
  | { k: 'lit'; v: string | number }
  | { k: 'call'; name: string; args: ArmExpr[] }
  | { k: 'prop'; obj: ArmExpr; name: string }
  | { k: 'index'; obj: ArmExpr; idx: ArmExpr };

/** Raised for syntax errors; the caller turns it into an unknown value with the message. */
export class ArmExpressionError extends Error {}

/** Whether a JSON string is an expression (`[...]`), and not an escaped literal (`[[...`). */
export function isExpression(s: string): boolean {
  return s.startsWith('[') && !s.startsWith('[[') && s.trimEnd().endsWith(']');
}

type Token =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'id'; v: string }
  | { t: 'p'; v: '(' | ')' | '[' | ']' | ',' | '.' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new ArmExpressionError('unterminated string literal');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i];
        i++;
      }
      out.push({ t: 'str', v: s });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else if ('()[],.'.includes(c)) {
      out.push({ t: 'p', v: c as '(' });
      i++;
    } else throw new ArmExpressionError(`unexpected character ${JSON.stringify(c)}`);
  }
  return out;
}

/**
 * Parse the text of an expression string (with its brackets).
 * @example parseArmExpression("[parameters('x')]") // { k: 'call', name: 'parameters', args: [...] }
 */
export function parseArmExpression(text: string): ArmExpr {
  if (text.length > ARM_EXPR_LIMITS.length)
    throw new ArmExpressionError(`expression longer than ${ARM_EXPR_LIMITS.length} characters`);
  const body = text.trim().slice(1, -1);
  const toks = tokenize(body);
  let pos = 0;
  const peek = () => toks[pos];
  const expect = (v: string) => {
    const t = toks[pos];
    if (!t || t.t !== 'p' || t.v !== v)
      throw new ArmExpressionError(`expected "${v}"${t ? ` before "${String(t.v)}"` : ' at the end'}`);
    pos++;
  };
  const expr = (depth: number): ArmExpr => {
    if (depth > ARM_EXPR_LIMITS.depth) throw new ArmExpressionError('expression nested too deeply');
    const t = toks[pos++];
    if (!t) throw new ArmExpressionError('expression ends too early');
    let e: ArmExpr;
    if (t.t === 'str' || t.t === 'num') e = { k: 'lit', v: t.v };
    else if (t.t === 'id') {
      let name = t.v;
      // A user-defined function: namespace.name(...).
      const n1 = toks[pos];
      const n2 = toks[pos + 1];
      if (
        n1?.t === 'p' &&
        n1.v === '.' &&
        n2?.t === 'id' &&
        toks[pos + 2]?.t === 'p' &&
        toks[pos + 2]?.v === '('
      ) {
        name = `${name}.${n2.v}`;
        pos += 2;
      }
      expect('(');
      const args: ArmExpr[] = [];
      if (!(peek()?.t === 'p' && peek()?.v === ')')) {
        args.push(expr(depth + 1));
        while (peek()?.t === 'p' && peek()?.v === ',') {
          pos++;
          args.push(expr(depth + 1));
        }
      }
      expect(')');
      e = { k: 'call', name, args };
    } else throw new ArmExpressionError(`unexpected "${t.v}"`);
    for (;;) {
      const a = peek();
      if (a?.t === 'p' && a.v === '.') {
        pos++;
        const id = toks[pos++];
        if (!id || id.t !== 'id') throw new ArmExpressionError('expected a property name after "."');
        e = { k: 'prop', obj: e, name: id.v };
      } else if (a?.t === 'p' && a.v === '[') {
        pos++;
        const idx = expr(depth + 1);
        expect(']');
        e = { k: 'index', obj: e, idx };
      } else return e;
    }
  };
  const e = expr(0);
  if (pos !== toks.length)
    throw new ArmExpressionError(`unexpected "${String(toks[pos]!.v)}" after the expression`);
  return e;
}

/** What an expression can see: the template's parameters and variables, and the current copy loop. */
export interface ArmScope {
  parameter(name: string): Value;
  variable(name: string): Value;
  /** The current index of the named copy loop (or of the innermost one); undefined outside any loop. */
  copyIndex(loop: string | undefined): number | undefined;
  budget: { steps: number };
}

const DEPLOY_TIME: Record<string, string> = {
  reference: 'reference() reads a deployed resource',
  resourcegroup: 'resourceGroup() is known only at deployment',
  subscription: 'subscription() is known only at deployment',
  tenant: 'tenant() is known only at deployment',
  managementgroup: 'managementGroup() is known only at deployment',
  deployment: 'deployment() is known only at deployment',
  environment: 'environment() depends on the cloud deployed to',
  uniquestring: 'uniqueString() is a hash computed at deployment',
  guid: 'guid() is a hash computed at deployment',
  newguid: 'newGuid() is generated at deployment',
  utcnow: 'utcNow() is the deployment time',
  listkeys: 'listKeys() reads a deployed resource',
  pickzones: 'pickZones() depends on the region at deployment',
};

const firstUnknown = (vals: Value[]) => vals.find((v) => isUnknownValue(v));

function isObj(v: Value): v is { [k: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknownValue(v);
}

function setOwn(o: { [k: string]: Value }, k: string, v: Value): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Own property, by exact name first and then case-insensitively (ARM property names are). */
function propOf(o: { [k: string]: Value }, name: string): Value | undefined {
  if (Object.hasOwn(o, name)) return o[name];
  const key = Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : o[key];
}

/** ARM's string(): booleans as True/False, objects and arrays as JSON. */
export function armString(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (v === null) return '';
  return JSON.stringify(v);
}

function deepEqual(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k]!, b[k]!))
    );
  }
  return a === b;
}

function union(vals: Value[]): Value {
  if (vals.every((v) => Array.isArray(v))) {
    const out: Value[] = [];
    for (const list of vals as Value[][])
      for (const x of list) if (!out.some((y) => deepEqual(x, y))) out.push(x);
    return out;
  }
  if (vals.every(isObj)) {
    const out: { [k: string]: Value } = {};
    for (const o of vals as { [k: string]: Value }[])
      for (const [k, v] of Object.entries(o)) {
        const prev = Object.hasOwn(out, k) ? out[k] : undefined;
        setOwn(out, k, prev !== undefined && isObj(prev) && isObj(v) ? union([prev, v]) : v);
      }
    return out;
  }
  return unknownValue('union() needs all arrays or all objects');
}

/** .NET composite formatting as ARM's format() does it: `{0}`, `{1:N2}` (format given up: plain value), `{{`/`}}`. */
function format(fmt: string, args: Value[]): Value {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === '{' && fmt[i + 1] === '{') {
      out += '{';
      i++;
    } else if (c === '}' && fmt[i + 1] === '}') {
      out += '}';
      i++;
    } else if (c === '{') {
      const end = fmt.indexOf('}', i);
      const m = /^(\d+)(,-?\d+)?(:[^}]*)?$/.exec(fmt.slice(i + 1, end < 0 ? i + 1 : end));
      if (end < 0 || !m) return unknownValue(`format(): bad placeholder in ${JSON.stringify(fmt)}`);
      const n = Number(m[1]);
      if (n >= args.length) return unknownValue(`format(): no argument {${n}}`);
      out += armString(args[n]!);
      i = end;
    } else out += c;
  }
  return out;
}

/** `/subscriptions/{s}/resourceGroups/{g}/providers/<type>/<names>`; unknown scope parts stay as placeholders. */
function resourceIdOf(args: Value[], scope: 'group' | 'subscription'): Value {
  const typeAt = args.findIndex((a) => typeof a === 'string' && a.includes('/'));
  if (typeAt < 0) return unknownValue('resourceId(): no resource type argument');
  const type = args[typeAt] as string;
  const names = args.slice(typeAt + 1).map(armString);
  const typeParts = type.split('/');
  if (names.length !== typeParts.length - 1)
    return unknownValue(`resourceId(): ${type} needs ${typeParts.length - 1} name(s), got ${names.length}`);
  const prefix = args.slice(0, typeAt).map(armString);
  const [sub, rg] =
    scope === 'subscription'
      ? [prefix[0] ?? '{subscriptionId}', undefined]
      : prefix.length >= 2
        ? [prefix[0]!, prefix[1]!]
        : [`{subscriptionId}`, prefix[0] ?? '{resourceGroup}'];
  let id = `/subscriptions/${sub}${rg === undefined ? '' : `/resourceGroups/${rg}`}/providers/${typeParts[0]}`;
  for (let i = 1; i < typeParts.length; i++) id += `/${typeParts[i]}/${names[i - 1]}`;
  return id;
}

function toInt(v: Value): Value {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
  return unknownValue(`int(): ${JSON.stringify(v)} is not an integer`);
}

function toBool(v: Value): Value {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (v === 0 || v === 1) return v === 1;
  return unknownValue(`bool(): ${JSON.stringify(v)} is not a boolean`);
}

/**
 * Evaluate a parsed expression.
 * @example evaluateArm(parseArmExpression("[toLower('AB')]"), scope) // 'ab'
 */
export function evaluateArm(e: ArmExpr, scope: ArmScope, depth = 0): Value {
  if (--scope.budget.steps < 0) return unknownValue('template evaluation stopped: too many steps');
  if (depth > ARM_EXPR_LIMITS.depth) return unknownValue('expression nested too deeply');
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'prop': {
      const o = evaluateArm(e.obj, scope, depth + 1);
      if (isUnknownValue(o)) return o;
      if (!isObj(o)) return unknownValue(`.${e.name}: not an object`);
      return propOf(o, e.name) ?? unknownValue(`property ${e.name} is not present`);
    }
    case 'index': {
      const o = evaluateArm(e.obj, scope, depth + 1);
      const i = evaluateArm(e.idx, scope, depth + 1);
      if (isUnknownValue(o)) return o;
      if (isUnknownValue(i)) return i;
      if (Array.isArray(o) && typeof i === 'number')
        return o[i] ?? unknownValue(`index ${i} is out of range (length ${o.length})`);
      if (isObj(o) && typeof i === 'string')
        return propOf(o, i) ?? unknownValue(`property ${i} is not present`);
      return unknownValue(`cannot index with ${JSON.stringify(i)}`);
    }
    case 'call':
      return call(e, scope, depth);
  }
}

function call(e: Extract<ArmExpr, { k: 'call' }>, scope: ArmScope, depth: number): Value {
  const name = e.name.toLowerCase();
  if (Object.hasOwn(DEPLOY_TIME, name) || name.startsWith('list'))
    return unknownValue(DEPLOY_TIME[name] ?? `${e.name}() reads a deployed resource`);
  if (name === 'if') {
    if (e.args.length !== 3) return unknownValue('if() takes 3 arguments');
    const c = evaluateArm(e.args[0]!, scope, depth + 1);
    if (isUnknownValue(c)) return c;
    return evaluateArm(c === true ? e.args[1]! : e.args[2]!, scope, depth + 1);
  }
  if (name === 'and' || name === 'or') {
    let unknown: Value | undefined;
    for (const a of e.args) {
      const v = evaluateArm(a, scope, depth + 1);
      if (isUnknownValue(v)) unknown ??= v;
      else if (typeof v !== 'boolean') return unknownValue(`${e.name}() needs booleans`);
      else if (v === (name === 'or')) return v;
    }
    return unknown ?? name === 'and';
  }
  const args = e.args.map((a) => evaluateArm(a, scope, depth + 1));
  const u = firstUnknown(args);
  const str = (i: number) => (typeof args[i] === 'string' ? args[i] : undefined);
  switch (name) {
    case 'parameters':
      return str(0) !== undefined
        ? scope.parameter(str(0)!)
        : (u ?? unknownValue('parameters() needs a name'));
    case 'variables':
      return str(0) !== undefined ? scope.variable(str(0)!) : (u ?? unknownValue('variables() needs a name'));
    case 'copyindex': {
      if (u) return u;
      const loop = typeof args[0] === 'string' ? args[0] : undefined;
      const offset = typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : 0;
      const i = scope.copyIndex(loop);
      return i === undefined ? unknownValue('copyIndex() outside a copy loop') : i + offset;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    case 'coalesce':
      for (const a of args) {
        if (isUnknownValue(a)) return a;
        if (a !== null) return a;
      }
      return null;
    case 'createarray':
      return args;
  }
  if (u) return u;
  switch (name) {
    case 'concat':
      if (args.every((a) => Array.isArray(a))) return (args as Value[][]).flat();
      return args.map(armString).join('');
    case 'format':
      return str(0) !== undefined
        ? format(str(0)!, args.slice(1))
        : unknownValue('format() needs a format string');
    case 'resourceid':
      return resourceIdOf(args, 'group');
    case 'subscriptionresourceid':
      return resourceIdOf(args, 'subscription');
    case 'tolower':
      return str(0)?.toLowerCase() ?? unknownValue('toLower() needs a string');
    case 'toupper':
      return str(0)?.toUpperCase() ?? unknownValue('toUpper() needs a string');
    case 'trim':
      return str(0)?.trim() ?? unknownValue('trim() needs a string');
    case 'equals':
      return args.length === 2 ? deepEqual(args[0]!, args[1]!) : unknownValue('equals() takes 2 arguments');
    case 'not':
      return typeof args[0] === 'boolean' ? !args[0] : unknownValue('not() needs a boolean');
    case 'greater':
    case 'less':
    case 'greaterorequals':
    case 'lessorequals': {
      const [a, b] = args;
      if (!(
        (typeof a === 'number' && typeof b === 'number') ||
        (typeof a === 'string' && typeof b === 'string')
      ))
        return unknownValue(`${e.name}() compares two numbers or two strings`);
      return name === 'greater'
        ? a > b
        : name === 'less'
          ? a < b
          : name === 'greaterorequals'
            ? a >= b
            : a <= b;
    }
    case 'union':
      return union(args);
    case 'createobject': {
      if (args.length % 2 !== 0) return unknownValue('createObject() takes key, value pairs');
      const o: { [k: string]: Value } = {};
      for (let i = 0; i < args.length; i += 2) setOwn(o, armString(args[i]!), args[i + 1]!);
      return o;
    }
    case 'string':
      return armString(args[0] ?? null);
    case 'int':
      return toInt(args[0] ?? null);
    case 'bool':
      return toBool(args[0] ?? null);
    case 'json':
      try {
        return str(0) !== undefined ? (JSON.parse(str(0)!) as Value) : unknownValue('json() needs a string');
      } catch {
        return unknownValue('json(): not valid JSON');
      }
    case 'length': {
      const a = args[0];
      if (typeof a === 'string' || Array.isArray(a)) return a.length;
      if (a !== undefined && isObj(a)) return Object.keys(a).length;
      return unknownValue('length() needs a string, array or object');
    }
    case 'empty': {
      const a = args[0];
      if (a === null) return true;
      if (typeof a === 'string' || Array.isArray(a)) return a.length === 0;
      if (a !== undefined && isObj(a)) return Object.keys(a).length === 0;
      return unknownValue('empty() needs a string, array or object');
    }
    case 'contains': {
      const [c, item] = args;
      if (typeof c === 'string') return c.includes(armString(item ?? null));
      if (Array.isArray(c)) return c.some((x) => deepEqual(x, item ?? null));
      if (c !== undefined && isObj(c) && typeof item === 'string') return propOf(c, item) !== undefined;
      return unknownValue('contains() needs a string, array or object');
    }
    case 'replace':
      return str(0) !== undefined && str(1) !== undefined && str(2) !== undefined
        ? str(0)!.split(str(1)!).join(str(2))
        : unknownValue('replace() needs three strings');
    case 'split':
      return str(0) !== undefined && str(1) !== undefined
        ? str(0)!.split(str(1)!)
        : unknownValue('split() needs strings');
    case 'startswith':
      return str(0) !== undefined && str(1) !== undefined
        ? str(0)!.toLowerCase().startsWith(str(1)!.toLowerCase())
        : unknownValue('startsWith() needs strings');
    case 'endswith':
      return str(0) !== undefined && str(1) !== undefined
        ? str(0)!.toLowerCase().endsWith(str(1)!.toLowerCase())
        : unknownValue('endsWith() needs strings');
    case 'substring': {
      const s = str(0);
      const start = args[1] ?? 0;
      const len = args[2];
      if (s === undefined || typeof start !== 'number' || (len !== undefined && typeof len !== 'number'))
        return unknownValue('substring() needs a string and numbers');
      return s.substr(start, len);
    }
    case 'first':
    case 'last': {
      const a = args[0];
      if (typeof a === 'string' || Array.isArray(a))
        return (name === 'first' ? a[0] : a[a.length - 1]) ?? null;
      return unknownValue(`${e.name}() needs a string or array`);
    }
    case 'range': {
      const [start, count] = args;
      if (
        typeof start !== 'number' ||
        typeof count !== 'number' ||
        count < 0 ||
        count > ARM_EXPR_LIMITS.items
      )
        return unknownValue('range() needs a start and a count (at most 100,000)');
      return Array.from({ length: count }, (_, i) => start + i);
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'mod': {
      const [a, b] = args;
      if (typeof a !== 'number' || typeof b !== 'number')
        return unknownValue(`${e.name}() needs two integers`);
      if ((name === 'div' || name === 'mod') && b === 0) return unknownValue(`${e.name}(): division by zero`);
      return name === 'add'
        ? a + b
        : name === 'sub'
          ? a - b
          : name === 'mul'
            ? a * b
            : name === 'div'
              ? Math.trunc(a / b)
              : a % b;
    }
  }
  return unknownValue(`template function ${e.name}() is not evaluated by Parapet`);
}
