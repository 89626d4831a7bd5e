/**
 * Loads Terraform configurations from disk: finds module directories, parses every .tf file, reads
 * variable values (terraform.tfvars, *.auto.tfvars, --var-file, --var, in Terraform's order), and
 * evaluates each root module (a directory no other loaded directory calls as a local module) into
 * resource instances. Problems are diagnostics naming the file and line; the rest goes on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describeError } from '../../../model/errors.js';
import type { DiagnosticEvent } from '../../import/types.js';
import type { Body, Comment } from './ast.js';
import { evaluate, EvalLimitError } from './eval.js';
import {
  collectDecls,
  ModuleInstance,
  type ModuleDecls,
  type ResourceInstance,
  type RunContext,
} from './module.js';
import type { HclParser } from './parse.js';
import { unknownValue, type Value } from './value.js';

export interface TerraformOptions {
  /** `--var name=value`, in order. */
  vars?: readonly string[];
  /** `--var-file`, absolute paths, in order. */
  varFiles?: readonly string[];
  /** Paths are shown relative to this directory. */
  cwd: string;
  /** Root module directories (absolute) whose plan JSON was read instead: not evaluated from HCL. */
  planRoots?: ReadonlySet<string>;
  /** Evaluation steps allowed per root module (hostile input guard). */
  stepBudget?: number;
}

export interface NotAssessed {
  file: string;
  line: number;
  address: string;
  reason: string;
}

export interface TerraformResult {
  instances: ResourceInstance[];
  notAssessed: NotAssessed[];
  diagnostics: DiagnosticEvent[];
  /** Comments of every parsed file, by displayed path (for inline suppressions). */
  comments: Map<string, Comment[]>;
  /** Every .tf file read, as displayed. */
  files: string[];
  /** `provider "aws" { region = ... }` of the root, when literal. */
  regions: Map<string, string>;
}

const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);

/** Directories under `path` holding .tf files (or the file itself). */
function tfDirs(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const s = statSync(path);
  if (!s.isDirectory()) {
    // A file given by name is Terraform only when it is a .tf file (a plan, template or YAML is not).
    if (path.endsWith('.tf')) out.set(dirname(path), [path]);
    return out;
  }
  const walk = (dir: string, depth: number) => {
    if (depth > 64) return;
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const files = entries.filter((e) => e.isFile() && e.name.endsWith('.tf')).map((e) => join(dir, e.name));
    if (files.length > 0) out.set(dir, files);
    for (const e of entries)
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name))
        walk(join(dir, e.name), depth + 1);
  };
  walk(path, 0);
  return out;
}

/**
 * Load and evaluate the Terraform configurations under `paths`.
 * @example const r = loadTerraform(['infra/'], parser, { cwd: process.cwd() }); r.instances[0].address
 */
export function loadTerraform(
  paths: readonly string[],
  parser: HclParser,
  options: TerraformOptions,
): TerraformResult {
  const result: TerraformResult = {
    instances: [],
    notAssessed: [],
    diagnostics: [],
    comments: new Map(),
    files: [],
    regions: new Map(),
  };
  const show = (p: string) => relative(options.cwd, p) || basename(p);
  const error = (file: string, message: string, line?: number) =>
    result.diagnostics.push({
      kind: 'diagnostic',
      level: 'error',
      file,
      ...(line ? { position: `line ${line}` } : {}),
      message,
    });
  const warning = (file: string, message: string, line?: number) =>
    result.diagnostics.push({
      kind: 'diagnostic',
      level: 'warning',
      file,
      ...(line ? { position: `line ${line}` } : {}),
      message,
    });

  const parsed = new Map<string, { file: string; body: Body } | null>();
  const parseFile = (abs: string): { file: string; body: Body } | null => {
    const cached = parsed.get(abs);
    if (cached !== undefined) return cached;
    const file = show(abs);
    let out: { file: string; body: Body } | null = null;
    try {
      const f = parser.parse(readFileSync(abs, 'utf8'), file);
      result.comments.set(file, f.comments);
      result.files.push(file);
      out = { file, body: f.body };
    } catch (e) {
      error(file, describeError(e));
    }
    parsed.set(abs, out);
    return out;
  };
  const moduleCache = new Map<string, ModuleDecls | null>();
  const loadDir = (dir: string, files?: string[]): ModuleDecls | undefined => {
    const cached = moduleCache.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let list = files;
    if (!list) {
      try {
        list = readdirSync(dir)
          .filter((n) => n.endsWith('.tf'))
          .sort()
          .map((n) => join(dir, n));
      } catch {
        list = [];
      }
    }
    const bodies = list.map(parseFile).filter((x): x is { file: string; body: Body } => x !== null);
    const decls = list.length === 0 ? null : collectDecls(dir, show(dir) || '.', bodies);
    moduleCache.set(dir, decls);
    return decls ?? undefined;
  };

  const dirs = new Map<string, string[]>();
  for (const p of paths) {
    try {
      for (const [d, f] of tfDirs(p)) dirs.set(d, [...(dirs.get(d) ?? []), ...f]);
    } catch (e) {
      error(show(p), `${show(p)}: cannot be read (${describeError(e)})`);
    }
  }
  // A directory called as a local module by another loaded directory is evaluated as that module.
  const called = new Set<string>();
  for (const [dir, files] of dirs) {
    const decls = loadDir(dir, files);
    if (!decls) continue;
    for (const m of decls.modules.values()) {
      const src = m.block.body.attributes.find((a) => a.name === 'source');
      if (src?.expr.k === 'tmpl' && src.expr.parts.length === 1 && typeof src.expr.parts[0] === 'string') {
        const s = src.expr.parts[0];
        if (/^\.\.?[\\/]/.test(s)) called.add(resolve(dir, s));
      } else if (src?.expr.k === 'lit' && typeof src.expr.v === 'string' && /^\.\.?[\\/]/.test(src.expr.v))
        called.add(resolve(dir, src.expr.v));
    }
  }

  for (const dir of dirs.keys()) {
    if (called.has(dir) || options.planRoots?.has(dir)) continue;
    const decls = loadDir(dir);
    if (!decls) continue;
    const budget = { steps: options.stepBudget ?? 20_000_000 };
    const ctx: RunContext = {
      budget,
      maxModuleDepth: 16,
      warn: (file, line, message) => warning(file, `${file}:${line}: ${message}`, line),
      loadModule: (from, source, line, file) => {
        const target = resolve(from.dir, source);
        const m = loadDir(target);
        if (!m)
          error(file, `${file}:${line}: module source ${source} has no .tf files (${show(target)})`, line);
        return m;
      },
      notAssessed: (file, line, address, source) => {
        result.notAssessed.push({
          file,
          line,
          address,
          reason: `module source "${source}" is not local; its resources are not assessed`,
        });
      },
    };
    const inputs = rootInputs(decls, dir, dirs.get(dir) ?? [], parser, options, show, error);
    const root = new ModuleInstance(decls, ctx, '', inputs, 0);
    for (const p of decls.providers) {
      const region = p.block.body.attributes.find((a) => a.name === 'region' || a.name === 'location');
      const alias = p.block.body.attributes.some((a) => a.name === 'alias');
      if (region && !alias) {
        try {
          const v = evaluate(region.expr, root.env(p.file));
          if (typeof v === 'string') result.regions.set(p.block.labels[0] ?? '', v);
        } catch {
          // A provider region that cannot be evaluated leaves the region unknown.
        }
      }
    }
    try {
      for (const inst of root.instances()) {
        if ('notAssessed' in inst)
          result.notAssessed.push({
            file: inst.file,
            line: inst.line,
            address: inst.address,
            reason: inst.notAssessed,
          });
        else result.instances.push(inst);
      }
    } catch (e) {
      if (e instanceof EvalLimitError || e instanceof RangeError)
        error(
          decls.display,
          `${decls.display}: evaluation stopped (${e instanceof RangeError ? 'references nested too deeply' : e.message}); the module is too complex or recursive`,
        );
      else throw e;
    }
  }
  return result;
}

/** The root module's variable values: tfvars files in Terraform's order, then --var-file, then --var. */
function rootInputs(
  decls: ModuleDecls,
  dir: string,
  files: string[],
  parser: HclParser,
  options: TerraformOptions,
  show: (p: string) => string,
  error: (file: string, message: string, line?: number) => void,
): Map<string, () => Value> {
  const values = new Map<string, Value>();
  const noRefs = {
    budget: { steps: 1_000_000 },
    warn: () => undefined,
    resolve: () => ({ value: unknownValue('variable files cannot refer to other values'), used: 0 }),
  };
  const readVarFile = (abs: string) => {
    const file = show(abs);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      error(file, `${file}: cannot be read (${describeError(e)})`);
      return;
    }
    if (abs.endsWith('.json')) {
      try {
        const o = JSON.parse(text) as unknown;
        if (typeof o === 'object' && o !== null && !Array.isArray(o))
          for (const [k, v] of Object.entries(o)) values.set(k, v as Value);
        else error(file, `${file}: expected a JSON object of variable values`);
      } catch (e) {
        error(file, `${file}: not valid JSON (${describeError(e)})`);
      }
      return;
    }
    try {
      const f = parser.parse(text, file);
      for (const a of f.body.attributes) values.set(a.name, evaluate(a.expr, noRefs));
    } catch (e) {
      error(file, describeError(e));
    }
  };
  const single = files.length === 1 && !files[0]!.endsWith('/');
  let names: string[] = [];
  try {
    names = readdirSync(dir).sort();
  } catch {
    names = [];
  }
  if (!single || names.length > 0) {
    for (const n of ['terraform.tfvars', 'terraform.tfvars.json'])
      if (names.includes(n)) readVarFile(join(dir, n));
    for (const n of names)
      if (n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')) readVarFile(join(dir, n));
  }
  for (const f of options.varFiles ?? []) readVarFile(f);
  for (const kv of options.vars ?? []) {
    const eq = kv.indexOf('=');
    const name = kv.slice(0, eq);
    const raw = kv.slice(eq + 1);
    let v: Value = raw;
    if (/^\s*[[{]/.test(raw)) {
      try {
        const f = parser.parse(`v = ${raw}\n`, `--var ${name}`);
        const a = f.body.attributes[0];
        if (a) v = evaluate(a.expr, noRefs);
      } catch {
        v = raw;
      }
    }
    values.set(name, v);
  }
  const inputs = new Map<string, () => Value>();
  for (const [k, v] of values) if (decls.variables.has(k)) inputs.set(k, () => v);
  return inputs;
}
