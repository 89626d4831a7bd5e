/**
 * Framework catalogs are data files (`data/frameworks/<id>.json`, or a user's own file): requirements
 * with ids in the framework's own notation, a section, a title in our words, whether configuration can
 * show it, the rule ids that judge it, and optionally `includes` — requirements of another catalog
 * whose rules also judge it (NIST's AWS side includes the FSBP controls AWS relates to it). The
 * mapping runs one way (requirement → rules); the loader resolves `includes` and `ComplianceIndex`
 * derives the reverse (rule → requirements).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CatalogError } from '../model/errors.js';
import type { Framework } from '../model/framework.js';

export const requirementSchema = z.object({
  id: z.string().min(1),
  section: z.string().min(1),
  title: z.string().min(1),
  assessment: z.enum(['automated', 'manual']),
  rules: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'rule ids are kebab case')),
  /** `{ "aws-fsbp": ["S3.8"] }`: the rules of these requirements of other catalogs judge this one too. */
  includes: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).optional(),
  /** The framework's own severity for the requirement (AWS FSBP publishes one per control). */
  severity: z.enum(['critical', 'high', 'medium', 'low', 'informational']).optional(),
});

export const frameworkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'framework ids are lower case, e.g. cis-aws-7.0'),
    name: z.string().min(1),
    version: z.string().min(1),
    providers: z.array(z.enum(['aws', 'azure', 'gcp'])).min(1),
    description: z.string().optional(),
    source: z.string().optional(),
    requirements: z.array(requirementSchema).min(1),
  })
  .superRefine((fw, ctx) => {
    const seen = new Set<string>();
    fw.requirements.forEach((r, i) => {
      if (seen.has(r.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate requirement id ${r.id}`,
          path: ['requirements', i, 'id'],
        });
      seen.add(r.id);
      if (r.assessment === 'manual' && r.rules.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `manual requirement ${r.id} lists rules`,
          path: ['requirements', i, 'rules'],
        });
      }
      if (r.assessment === 'manual' && r.includes !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `manual requirement ${r.id} includes other requirements`,
          path: ['requirements', i, 'includes'],
        });
      }
    });
  });

/** The directory of the catalogs shipped with Parapet (same relative place from src/ and dist/). */
export function builtinCatalogDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'frameworks');
}

/** Parse one catalog document; errors name the file and the JSON path. */
export function parseCatalog(text: string, file: string): Framework {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CatalogError(`${file}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const parsed = frameworkSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new CatalogError(`${file}: invalid framework catalog: ${first}`);
  }
  return parsed.data;
}

/** Read and parse one catalog file; errors name the file. */
export function readCatalogFile(file: string): Framework {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CatalogError(`${file}: cannot be read (${(e as Error).message})`, { cause: e });
  }
  return { ...parseCatalog(text, file), file };
}

/**
 * Resolve `includes`: each requirement's `rules` becomes its own rules plus those of the requirements
 * it includes (transitively), and `ownRules` keeps what the file listed. A reference to a framework or
 * requirement that does not exist, or a cycle, is an error naming the file and the JSON path.
 */
export function resolveIncludes(frameworks: readonly Framework[]): Framework[] {
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  const cache = new Map<string, string[]>();
  const where = (fw: Framework, i: number) => `${fw.file ?? fw.id}: requirements.${i}.includes`;
  const rulesOf = (fw: Framework, index: number, stack: string[]): string[] => {
    const req = fw.requirements[index]!;
    const key = `${fw.id}\u0000${req.id}`;
    const cached = cache.get(key);
    if (cached) return cached;
    if (stack.includes(key))
      throw new CatalogError(
        `${where(fw, index)}: ${fw.id} ${req.id} includes itself (through ${stack.length} steps)`,
      );
    const rules = new Set(req.ownRules ?? req.rules);
    for (const [otherId, reqIds] of Object.entries(req.includes ?? {})) {
      const other = byId.get(otherId);
      if (!other)
        throw new CatalogError(
          `${where(fw, index)}.${otherId}: no framework "${otherId}" (loaded: ${[...byId.keys()].join(', ')})`,
        );
      for (const rid of reqIds) {
        const j = other.requirements.findIndex((r) => r.id === rid);
        if (j < 0)
          throw new CatalogError(`${where(fw, index)}.${otherId}: ${otherId} has no requirement "${rid}"`);
        for (const r of rulesOf(other, j, [...stack, key])) rules.add(r);
      }
    }
    const out = [...rules];
    cache.set(key, out);
    return out;
  };
  return frameworks.map((fw) => ({
    ...fw,
    requirements: fw.requirements.map((req, i) =>
      req.includes === undefined
        ? req
        : { ...req, ownRules: req.ownRules ?? req.rules, rules: rulesOf(fw, i, []) },
    ),
  }));
}

/** Load every `*.json` catalog in a directory, sorted by id, with `includes` resolved. */
export function loadCatalogDir(dir: string = builtinCatalogDir()): Framework[] {
  return loadFrameworks({ dir });
}

/**
 * The built-in catalogs plus the user's own catalog files (`--framework <file>`, the config key
 * `frameworks`), resolved together so a user's requirement can include a built-in one. A user file
 * whose id is already taken is an error (a user framework never silently replaces a built-in one).
 */
export function loadFrameworks(options: { dir?: string; files?: readonly string[] } = {}): Framework[] {
  const dir = options.dir ?? builtinCatalogDir();
  const builtin = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readCatalogFile(join(dir, f)));
  const all = [...builtin];
  for (const file of options.files ?? []) {
    if (!existsSync(file)) throw new CatalogError(`${file}: framework file not found`);
    const fw = readCatalogFile(file);
    const clash = all.find((f) => f.id === fw.id);
    if (clash)
      throw new CatalogError(
        `${file}: id: framework id "${fw.id}" is already used by ${clash.file ?? 'a built-in catalog'}`,
      );
    all.push(fw);
  }
  return resolveIncludes(all).sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether a `--framework` value names a file rather than a framework id. */
export function looksLikeFrameworkFile(value: string): boolean {
  return /\.json$/i.test(value) || value.includes('/') || value.includes('\\');
}

/** Problems that make a catalog inconsistent with the rule registry: rules that do not exist. */
export function catalogProblems(frameworks: readonly Framework[], ruleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const fw of frameworks) {
    for (const r of fw.requirements) {
      for (const id of r.rules)
        if (!ruleIds.has(id)) problems.push(`${fw.id} ${r.id}: rule ${id} does not exist`);
    }
  }
  return problems;
}

/** Reverse index derived from the catalogs: rule id → framework id → requirement ids. */
export interface FrameworkCoverage {
  id: string;
  name: string;
  requirements: number;
  manual: number;
  automated: number;
  /** Automated requirements judged by at least one existing rule. */
  covered: number;
  /** Automated requirements no rule judges yet. */
  uncovered: string[];
  manualRequirements: string[];
  /** Per the framework's own severities (FSBP): how many requirements, how many covered. */
  bySeverity?: Record<string, { requirements: number; covered: number }>;
}

export class ComplianceIndex {
  readonly frameworks: readonly Framework[];
  readonly #byRule = new Map<string, Record<string, string[]>>();

  constructor(frameworks: readonly Framework[]) {
    this.frameworks = frameworks;
    for (const fw of frameworks) {
      for (const req of fw.requirements) {
        for (const ruleId of req.rules) {
          const entry = this.#byRule.get(ruleId) ?? {};
          (entry[fw.id] ??= []).push(req.id);
          this.#byRule.set(ruleId, entry);
        }
      }
    }
  }

  /** `{ "aws-fsbp": ["S3.8"], "cis-aws-7.0": ["3.1.4"] }` for a rule; empty when unmapped. */
  forRule(ruleId: string): Record<string, string[]> {
    return this.#byRule.get(ruleId) ?? {};
  }

  framework(id: string): Framework | undefined {
    return this.frameworks.find((f) => f.id === id);
  }

  /**
   * How much of a framework the rules cover: requirements, manual ones, automated ones with at least
   * one existing rule (covered) and without (uncovered, listed); per framework severity when it has them.
   */
  coverage(frameworkId: string, ruleIds: ReadonlySet<string>): FrameworkCoverage | undefined {
    const fw = this.framework(frameworkId);
    if (fw === undefined) return undefined;
    const out: FrameworkCoverage = {
      id: fw.id,
      name: fw.name,
      requirements: fw.requirements.length,
      manual: 0,
      automated: 0,
      covered: 0,
      uncovered: [],
      manualRequirements: [],
    };
    const bySeverity: Record<string, { requirements: number; covered: number }> = {};
    for (const r of fw.requirements) {
      const covered = r.assessment === 'automated' && r.rules.some((id) => ruleIds.has(id));
      if (r.severity !== undefined) {
        const b = (bySeverity[r.severity] ??= { requirements: 0, covered: 0 });
        b.requirements++;
        if (covered) b.covered++;
      }
      if (r.assessment === 'manual') {
        out.manual++;
        out.manualRequirements.push(r.id);
        continue;
      }
      out.automated++;
      if (covered) out.covered++;
      else out.uncovered.push(r.id);
    }
    if (Object.keys(bySeverity).length > 0) out.bySeverity = bySeverity;
    return out;
  }

  /** Rule ids a framework maps (for `--framework` selection). */
  rulesOf(frameworkId: string): Set<string> {
    const fw = this.framework(frameworkId);
    return new Set(fw?.requirements.flatMap((r) => r.rules) ?? []);
  }
}
