/**
 * Framework catalogs are data files (`data/frameworks/<id>.json`): requirements with ids in the
 * framework's own notation, a section, a title in our words, whether configuration can show it, and
 * the rule ids that judge it. The mapping runs one way (requirement → rules); `ComplianceIndex`
 * derives the reverse (rule → requirements).
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/** Load every `*.json` catalog in a directory, sorted by id. */
export function loadCatalogDir(dir: string = builtinCatalogDir()): Framework[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  return files
    .map((f) => parseCatalog(readFileSync(join(dir, f), 'utf8'), join(dir, f)))
    .sort((a, b) => a.id.localeCompare(b.id));
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

  /** Rule ids a framework maps (for `--framework` selection). */
  rulesOf(frameworkId: string): Set<string> {
    const fw = this.framework(frameworkId);
    return new Set(fw?.requirements.flatMap((r) => r.rules) ?? []);
  }
}
