/**
 * ARM templates (deploymentTemplate JSON) → evaluated resources with the line of every property.
 * Parameters take `--var name=value`, else a parameter file's value (`--var-file x.parameters.json`),
 * else the deployment body's, else their defaultValue (itself an expression), else unknown;
 * variables are evaluated lazily (cycles are unknown); child resources nested in `resources` get the
 * full type and `parent/child` name; resource `copy` loops expand (count known, at most 800 as ARM
 * allows) and property `copy` arrays are built; a resource whose `condition` is false is not deployed.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../../../model/errors.js';
import { isUnknownValue, unknownValue, type Value } from '../terraform/value.js';
import {
  ARM_EXPR_LIMITS,
  ArmExpressionError,
  evaluateArm,
  isExpression,
  parseArmExpression,
  type ArmScope,
} from './expressions.js';

export const ARM_LIMITS = { bytes: 8 * 1024 * 1024, copies: 800, resources: 10_000, depth: 64 } as const;

/** Whether text is an ARM deployment template (its `$schema` says so). */
export function looksLikeArmTemplate(head: string): boolean {
  return /"\$schema"\s*:\s*"[^"]*deploymentTemplate\.json/i.test(head);
}

/** A path inside the template JSON: keys and array indexes. */
export type JsonPath = (string | number)[];

export interface ArmResource {
  /** Full type, e.g. `Microsoft.Sql/servers/firewallRules`. */
  type: string;
  /** Full name, e.g. `sql1/AllowAll`; unknown names are shown as the symbolic expression. */
  name: string;
  /** The evaluated resource object (type, name, location, kind, sku, identity, tags, properties...). */
  body: { [k: string]: Value };
  /** Where the resource object sits in the template, for line lookups. */
  path: JsonPath;
  line: number;
  endLine: number;
  /** The loop instance, for copies (same path, several resources). */
  copyIndex?: number;
}

export interface ArmTemplate {
  resources: ArmResource[];
  /** Resources not assessed (copy count unknown, too many), with the reason. */
  notAssessed: { name: string; line: number; reason: string }[];
  /** Line of a path inside the template (the value's first line), if present. */
  lineOf(path: JsonPath): number | undefined;
}

const isObj = (v: unknown): v is { [k: string]: Value } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknownValue(v);

function setOwn(o: { [k: string]: Value }, k: string, v: Value): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Own property, exact then case-insensitive. */
function get(o: unknown, key: string): unknown {
  if (!isObj(o)) return undefined;
  if (Object.hasOwn(o, key)) return o[key];
  const k = Object.keys(o).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : o[k];
}

/** A --var value as the parameter's declared type. */
function givenValue(raw: string, type: unknown): Value {
  const t = typeof type === 'string' ? type.toLowerCase() : '';
  if (t === 'int' && /^-?\d+$/.test(raw.trim())) return Number(raw);
  if (t === 'bool' && /^(true|false)$/i.test(raw.trim())) return raw.trim().toLowerCase() === 'true';
  if ((t === 'object' || t === 'array' || t === 'secureobject') && /^\s*[[{]/.test(raw))
    try {
      return JSON.parse(raw) as Value;
    } catch {
      return raw;
    }
  return raw;
}

/**
 * Parse and evaluate a template.
 * @throws InputError when the text is not valid JSON or not a template object.
 * @example readArmTemplate(text, 'azuredeploy.json', new Map()).resources[0].name
 */
export function readArmTemplate(
  text: string,
  file: string,
  given: ReadonlyMap<string, string>,
  fromFiles: ReadonlyMap<string, Value> = new Map(),
): ArmTemplate {
  if (text.length > ARM_LIMITS.bytes)
    throw new InputError(
      `${file}: ${text.length} bytes is over the ${ARM_LIMITS.bytes}-byte limit for one template`,
      {
        file,
      },
    );
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new InputError(`${file}:${line}: not valid JSON: ${err.message.split('\n')[0]}`, {
      file,
      position: `line ${line}`,
    });
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (!isObj(data)) throw new InputError(`${file}: an ARM template must be a JSON object`, { file });
  const nodeAt = (path: JsonPath): Node | undefined => {
    let n: unknown = doc.contents;
    for (const key of path) {
      if (isMap(n)) n = n.items.find((p) => (p.key as { value?: unknown } | null)?.value === key)?.value;
      else if (isSeq(n) && typeof key === 'number') n = n.items[key];
      else return undefined;
    }
    return n as Node | undefined;
  };
  const lineOf = (path: JsonPath) => {
    const n = nodeAt(path);
    return n?.range ? lineCounter.linePos(n.range[0]).line : undefined;
  };
  const endLineOf = (path: JsonPath) => {
    const n = nodeAt(path);
    return n?.range ? lineCounter.linePos(Math.max(n.range[0], n.range[1] - 1)).line : undefined;
  };

  // A deployment body (`{ "properties": { "template": {...}, "parameters": {...} } }`) wraps the
  // template and gives parameter values.
  const wrapped = get(get(data, 'properties'), 'template');
  const inDeployment = data.resources === undefined && isObj(wrapped);
  const tpl = inDeployment ? wrapped : data;
  const base: JsonPath = inDeployment ? ['properties', 'template'] : [];
  const deploymentParams = inDeployment ? get(get(data, 'properties'), 'parameters') : undefined;
  const budget = { steps: ARM_EXPR_LIMITS.steps };
  const params = isObj(tpl.parameters) ? tpl.parameters : {};
  const vars = isObj(tpl.variables) ? tpl.variables : {};
  const paramCache = new Map<string, Value>();
  const varCache = new Map<string, Value>();
  const evaluating = new Set<string>();
  const loops: { name: string | undefined; index: number }[] = [];

  const scope: ArmScope = {
    budget,
    parameter(name) {
      const key = Object.keys(params).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key === undefined) return unknownValue(`parameter ${name} is not declared`);
      const cached = paramCache.get(key);
      if (cached !== undefined) return cached;
      if (evaluating.has(`p:${key}`)) return unknownValue(`parameter ${name} refers to itself`);
      evaluating.add(`p:${key}`);
      const decl = params[key];
      const g = given.get(key) ?? given.get(name);
      let v: Value;
      const deployed = get(get(deploymentParams, key), 'value');
      const filed = fromFiles.get(key) ?? fromFiles.get(name);
      if (g !== undefined) v = givenValue(g, get(decl, 'type'));
      else if (filed !== undefined) v = filed;
      else if (deployed !== undefined) v = deployed as Value;
      else if (get(decl, 'defaultValue') !== undefined)
        v = evalValue(get(decl, 'defaultValue') as Value, 0, false);
      else v = unknownValue(`parameter ${key} has no defaultValue (give it with --var ${key}=...)`);
      evaluating.delete(`p:${key}`);
      paramCache.set(key, v);
      return v;
    },
    variable(name) {
      const key = Object.keys(vars).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key === undefined) return unknownValue(`variable ${name} is not declared`);
      const cached = varCache.get(key);
      if (cached !== undefined) return cached;
      if (evaluating.has(`v:${key}`)) return unknownValue(`variable ${name} refers to itself`);
      evaluating.add(`v:${key}`);
      const v = evalValue(vars[key]!, 0, false);
      evaluating.delete(`v:${key}`);
      varCache.set(key, v);
      return v;
    },
    copyIndex(loop) {
      for (let i = loops.length - 1; i >= 0; i--)
        if (loop === undefined || loops[i]!.name === loop) return loops[i]!.index;
      return undefined;
    },
  };

  function evalString(s: string): Value {
    if (s.startsWith('[[')) return s.slice(1);
    if (!isExpression(s)) return s;
    try {
      return evaluateArm(parseArmExpression(s), scope);
    } catch (e) {
      if (e instanceof ArmExpressionError)
        return unknownValue(`expression ${JSON.stringify(s.slice(0, 80))}: ${e.message}`);
      throw e;
    }
  }

  /** Evaluate a JSON value; in resource properties, `copy` arrays become the properties they build. */
  function evalValue(v: Value, depth: number, properties: boolean): Value {
    if (depth > ARM_LIMITS.depth) return unknownValue('value nested too deeply');
    if (typeof v === 'string') return evalString(v);
    if (Array.isArray(v)) return v.map((x) => evalValue(x, depth + 1, properties));
    if (!isObj(v)) return v;
    const out: { [k: string]: Value } = {};
    for (const [k, x] of Object.entries(v)) {
      if (properties && k === 'copy' && Array.isArray(x)) {
        for (const loop of x) {
          const name = get(loop, 'name');
          const count = evalValue((get(loop, 'count') ?? null) as Value, depth + 1, false);
          if (typeof name !== 'string') continue;
          if (typeof count !== 'number' || count < 0 || count > ARM_LIMITS.copies) {
            setOwn(
              out,
              name,
              isUnknownValue(count) ? count : unknownValue(`copy ${name}: count is not a number up to 800`),
            );
            continue;
          }
          const items: Value[] = [];
          for (let i = 0; i < count; i++) {
            loops.push({ name, index: i });
            items.push(evalValue((get(loop, 'input') ?? null) as Value, depth + 1, properties));
            loops.pop();
          }
          setOwn(out, name, items);
        }
        continue;
      }
      setOwn(out, k, evalValue(x, depth + 1, properties));
    }
    return out;
  }

  const resources: ArmResource[] = [];
  const notAssessed: ArmTemplate['notAssessed'] = [];
  const walk = (
    list: unknown,
    path: JsonPath,
    parent: { type: string; name: string } | undefined,
    depth: number,
  ) => {
    if (depth > 8) return;
    const entries: [string | number, unknown][] = Array.isArray(list)
      ? list.map((r, i) => [i, r])
      : isObj(list)
        ? Object.entries(list) // languageVersion 2.0: symbolic names
        : [];
    for (const [key, raw] of entries) {
      if (!isObj(raw) || resources.length >= ARM_LIMITS.resources) continue;
      const rpath = [...path, key];
      const line = lineOf(rpath) ?? 1;
      const endLine = endLineOf(rpath) ?? line;
      const copy = get(raw, 'copy');
      let indexes: (number | undefined)[] = [undefined];
      let loopName: string | undefined;
      if (isObj(copy)) {
        loopName = typeof get(copy, 'name') === 'string' ? (get(copy, 'name') as string) : undefined;
        const count = evalValue((get(copy, 'count') ?? null) as Value, 0, false);
        if (typeof count !== 'number' || count < 0 || count > ARM_LIMITS.copies) {
          notAssessed.push({
            name: typeof get(raw, 'name') === 'string' ? (get(raw, 'name') as string) : String(key),
            line,
            reason: isUnknownValue(count)
              ? `its copy count is not known (${count.$unknown})`
              : `its copy count is not a number up to ${ARM_LIMITS.copies}`,
          });
          continue;
        }
        indexes = Array.from({ length: count }, (_, i) => i);
      }
      for (const index of indexes) {
        if (index !== undefined) loops.push({ name: loopName, index });
        try {
          const condition = get(raw, 'condition');
          if (condition !== undefined && evalValue(condition as Value, 0, false) === false) continue;
          const ownType = evalValue((get(raw, 'type') ?? '') as Value, 0, false);
          const ownName = evalValue((get(raw, 'name') ?? '') as Value, 0, false);
          const rawName = typeof get(raw, 'name') === 'string' ? (get(raw, 'name') as string) : String(key);
          const typeText = typeof ownType === 'string' ? ownType : '';
          const nameText = typeof ownName === 'string' ? ownName : rawName;
          const type = parent && !typeText.includes('/') ? `${parent.type}/${typeText}` : typeText;
          const name = parent && !nameText.includes('/') ? `${parent.name}/${nameText}` : nameText;
          const body: { [k: string]: Value } = {};
          for (const [k, v] of Object.entries(raw)) {
            if (k === 'resources' || k === 'copy' || k === 'condition' || k === 'dependsOn') continue;
            setOwn(body, k, evalValue(v, 0, k === 'properties'));
          }
          setOwn(body, 'type', type);
          setOwn(body, 'name', name);
          resources.push({
            type,
            name,
            body,
            path: rpath,
            line,
            endLine,
            ...(index === undefined ? {} : { copyIndex: index }),
          });
          walk(get(raw, 'resources'), [...rpath, 'resources'], { type, name }, depth + 1);
        } finally {
          if (index !== undefined) loops.pop();
        }
      }
    }
  };
  walk(tpl.resources, [...base, 'resources'], undefined, 0);
  return { resources, notAssessed, lineOf };
}
