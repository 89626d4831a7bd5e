/**
 * Terraform plan JSON files → import events, through the same mappers as HCL. Findings point at the
 * `.tf` file and line when the configuration sits beside the plan (the plan's directory is taken as
 * the root module; local module calls are followed from the plan's `configuration`); a resource of a
 * registry module points at its `module` block; without the configuration, at the plan file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describeError, InputError } from '../../../model/errors.js';
import { filesUnder } from '../files.js';
import type { IacOptions, IacRun } from '../types.js';
import type { Block, Body } from './ast.js';
import type { ResourceInstance } from './module.js';
import type { HclParser } from './parse.js';
import {
  looksLikePlan,
  moduleCallNames,
  PLAN_LIMITS,
  planInstance,
  readPlan,
  type BodyLines,
  type PlanResource,
} from './plan.js';
import { mapInstances } from './source.js';

const LOCAL = /^\.\.?[\\/]/;

/** Lines of an HCL body: an attribute's line, else its block's, else the body's own line. */
function hclLines(body: Body, line: number): BodyLines {
  return {
    line,
    attr(name) {
      const a = body.attributes.find((x) => x.name === name);
      if (a) return a.line;
      const b = body.blocks.find((x) => x.type === name || (x.type === 'dynamic' && x.labels[0] === name));
      return b?.line ?? line;
    },
    block(name, i) {
      const statics = body.blocks.filter((x) => x.type === name);
      const b = statics[i];
      if (b) return hclLines(b.body, b.line);
      const dyn = body.blocks.find((x) => x.type === 'dynamic' && x.labels[0] === name);
      if (!dyn) return undefined;
      const content = dyn.body.blocks.find((x) => x.type === 'content');
      return hclLines(content?.body ?? dyn.body, content?.line ?? dyn.line);
    },
  };
}

/** Resource and module blocks of the .tf files of a directory, parsed once. */
class ConfigLocator {
  readonly #dirs = new Map<
    string,
    {
      resources: Map<string, { file: string; block: Block }>;
      modules: Map<string, { file: string; block: Block }>;
    }
  >();
  constructor(
    private readonly parser: HclParser,
    private readonly run: IacRun,
    private readonly show: (abs: string) => string,
  ) {}

  hasConfig(dir: string): boolean {
    return this.dir(dir).resources.size + this.dir(dir).modules.size > 0;
  }

  dir(dir: string) {
    const cached = this.#dirs.get(dir);
    if (cached) return cached;
    const entry = {
      resources: new Map<string, { file: string; block: Block }>(),
      modules: new Map<string, { file: string; block: Block }>(),
    };
    this.#dirs.set(dir, entry);
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith('.tf'))
        .sort();
    } catch {
      return entry;
    }
    for (const n of names) {
      const abs = join(dir, n);
      const file = this.show(abs);
      try {
        const text = readFileSync(abs, 'utf8');
        const parsed = this.parser.parse(text, file);
        if (!this.run.files.has(file)) this.run.files.set(file, text);
        for (const b of parsed.body.blocks) {
          if (b.type === 'resource' && b.labels.length === 2)
            entry.resources.set(`${b.labels[0]}.${b.labels[1]}`, { file, block: b });
          if (b.type === 'module' && b.labels.length === 1)
            entry.modules.set(b.labels[0]!, { file, block: b });
        }
      } catch {
        // The HCL reader reports syntax errors in these files; here they only cost the line numbers.
      }
    }
    return entry;
  }
}

/** Line (1-based) of the first `"address": "<address>"` in a plan's text, or 1. */
function addressLine(text: string, address: string): number {
  const quoted = JSON.stringify(address);
  let from = 0;
  for (;;) {
    const i = text.indexOf(quoted, from);
    if (i < 0) return 1;
    if (/"address"\s*:\s*$/.test(text.slice(Math.max(0, i - 40), i))) {
      let line = 1;
      for (let j = text.indexOf('\n'); j >= 0 && j < i; j = text.indexOf('\n', j + 1)) line++;
      return line;
    }
    from = i + quoted.length;
  }
}

/**
 * Read every Terraform plan JSON under `paths` into `run`.
 * @returns the directories taken as the plans' root modules (the HCL reader leaves them to the plan).
 */
export function terraformPlanInto(
  run: IacRun,
  paths: readonly string[],
  parser: HclParser,
  options: IacOptions,
): Set<string> {
  const roots = new Set<string>();
  const show = (p: string) => relative(options.cwd, p) || basename(p);
  const locator = new ConfigLocator(parser, run, show);
  for (const abs of filesUnder(paths, ['.json'])) {
    let text: string;
    try {
      if (statSync(abs).size > PLAN_LIMITS.bytes) {
        const head = readFileSync(abs, 'utf8').slice(0, 4096);
        if (/"format_version"/.test(head) && /"terraform_version"/.test(head))
          run.events.push({
            kind: 'diagnostic',
            level: 'error',
            file: show(abs),
            message: `${show(abs)}: a Terraform plan over ${PLAN_LIMITS.bytes} bytes is not read`,
          });
        continue;
      }
      text = readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    if (!looksLikePlan(text)) continue;
    (run.claimed ??= new Set()).add(abs);
    const file = show(abs);
    run.events.push({ kind: 'file', file, format: 'terraform-plan', bytes: Buffer.byteLength(text) });
    run.files.set(file, text);
    let plan;
    try {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (e) {
        throw new InputError(`${file}: not valid JSON (${describeError(e)})`, { file });
      }
      plan = readPlan(doc, file);
    } catch (e) {
      run.events.push({ kind: 'diagnostic', level: 'error', file, message: describeError(e) });
      continue;
    }
    const rootDir = dirname(abs);
    if (locator.hasConfig(rootDir)) roots.add(rootDir);
    const known = new Set(plan.resources.map((r) => r.address));
    const instances: ResourceInstance[] = plan.resources.map((r) =>
      planInstance(r, locate(r, rootDir, file, text, locator), known),
    );
    mapInstances(run, instances, plan.regions, 'terraform-plan');
  }
  return roots;
}

/** Where a plan resource is declared: its resource block, its registry module's call, or the plan file. */
function locate(
  r: PlanResource,
  rootDir: string,
  planFile: string,
  planText: string,
  locator: ConfigLocator,
): { file: string; line: number; endLine: number; lines: BodyLines } {
  const names = moduleCallNames(r.moduleAddress);
  const sources = r.config?.moduleSources ?? (names.length === 0 ? [] : undefined);
  let dir = rootDir;
  let call: { file: string; block: Block } | undefined;
  if (sources !== undefined)
    for (const [i, source] of sources.entries()) {
      const here = locator.dir(dir).modules.get(names[i] ?? '');
      if (!LOCAL.test(source)) {
        call = here;
        break;
      }
      dir = resolve(dir, source);
    }
  if (sources !== undefined && call === undefined) {
    const found = locator.dir(dir).resources.get(`${r.type}.${r.name}`);
    if (found)
      return {
        file: found.file,
        line: found.block.line,
        endLine: found.block.endLine,
        lines: hclLines(found.block.body, found.block.line),
      };
  }
  if (call) {
    const line = call.block.line;
    const flat: BodyLines = { line, attr: () => line, block: () => flat };
    return { file: call.file, line, endLine: call.block.endLine, lines: flat };
  }
  const line = addressLine(planText, r.address);
  const flat: BodyLines = { line, attr: () => line, block: () => flat };
  return { file: planFile, line, endLine: line, lines: flat };
}
