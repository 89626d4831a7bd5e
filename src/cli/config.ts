/**
 * The optional config file (`parapet.config.yaml` in the working directory, or `--config <file>`):
 * which tag keys carry owner, environment and data classification, extra framework catalog files, and
 * the weights of the resource-weighted compliance score, and what `parapet iac` skips. Parsed once with zod; errors name the file,
 * the line and the key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../model/errors.js';
import { durationHours } from '../lifecycle/duration.js';
import { DEFAULT_GOVERNANCE, DEFAULT_SLA_HOURS, type GovernanceConfig } from '../lifecycle/governance.js';
import { DEFAULT_CONTEXT_TAG_KEYS, type ContextTagKeys } from '../inventory/context.js';

export const DEFAULT_CONFIG_FILE = 'parapet.config.yaml';

/** A duration like `48h`, `7d`, `2w`, in hours. */
const duration = z.string().transform((v, ctx) => {
  const h = durationHours(v);
  if (h === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration (e.g. 48h, 7d, 2w)` });
    return z.NEVER;
  }
  return h;
});

const configSchema = z
  .object({
    tags: z
      .object({
        owner: z.array(z.string().min(1)).min(1).optional(),
        environment: z.array(z.string().min(1)).min(1).optional(),
        dataClassification: z.array(z.string().min(1)).min(1).optional(),
      })
      .strict()
      .optional(),
    /** `parapet iac`: rules to skip, and paths (globs, relative to the working directory) to skip. */
    iac: z
      .object({
        skipRules: z.array(z.string().min(1)).optional(),
        skipPaths: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    /** Owners and remediation targets (docs/governance.md). */
    governance: z
      .object({
        accountOwners: z.record(z.string().min(1), z.string().min(1)).optional(),
        fallbackOwner: z.string().min(1).optional(),
        sla: z
          .object({ critical: duration, high: duration, medium: duration, low: duration, info: duration })
          .partial()
          .strict()
          .optional(),
        grace: duration.optional(),
      })
      .strict()
      .optional(),
    /** Extra framework catalog files (paths relative to the config file). */
    frameworks: z.array(z.string().min(1)).optional(),
    compliance: z
      .object({
        weights: z
          .object({
            severity: z
              .object({
                critical: z.number().nonnegative(),
                high: z.number().nonnegative(),
                medium: z.number().nonnegative(),
                low: z.number().nonnegative(),
                info: z.number().nonnegative(),
              })
              .partial()
              .strict()
              .optional(),
            requirements: z.record(z.string(), z.record(z.string(), z.number().nonnegative())).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Weights of the resource-weighted compliance score (see docs/compliance.md). */
export interface ComplianceWeightsConfig {
  severity?: Partial<Record<'critical' | 'high' | 'medium' | 'low' | 'info', number>>;
  /** framework id → requirement id → weight, overriding the severity-derived weight. */
  requirements?: Record<string, Record<string, number>>;
}

export interface ParapetConfig {
  contextTagKeys: ContextTagKeys;
  /** Extra framework catalog files, as absolute paths. */
  frameworkFiles: string[];
  complianceWeights: ComplianceWeightsConfig;
  /** The file it came from, if any. */
  file: string | undefined;
  /** `parapet iac` skip lists (empty when the file has none). */
  iac: { skipRules: string[]; skipPaths: string[] };
  /** Owners and SLA targets (defaults: no account owners, no fallback, critical 48h … low 90d). */
  governance: GovernanceConfig;
}

function governanceOf(g: z.infer<typeof configSchema>['governance']): GovernanceConfig {
  if (g === undefined) return DEFAULT_GOVERNANCE;
  const out: GovernanceConfig = {
    accountOwners: g.accountOwners ?? {},
    sla: { ...DEFAULT_SLA_HOURS, ...g.sla },
    graceHours: g.grace ?? 0,
  };
  if (g.fallbackOwner !== undefined) out.fallbackOwner = g.fallbackOwner;
  return out;
}

export function loadConfig(explicit: string | undefined, cwd: string): ParapetConfig {
  const found = join(cwd, DEFAULT_CONFIG_FILE);
  const file = explicit === undefined ? (existsSync(found) ? found : undefined) : resolve(cwd, explicit);
  if (file === undefined)
    return {
      contextTagKeys: DEFAULT_CONTEXT_TAG_KEYS,
      frameworkFiles: [],
      complianceWeights: {},
      file: undefined,
      iac: { skipRules: [], skipPaths: [] },
      governance: DEFAULT_GOVERNANCE,
    };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot be read (${(e as Error).message})`, { cause: e });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new ConfigError(`${file}: line ${pos.line}: ${err.message.split('\n')[0]}`);
  }
  const parsed = configSchema.safeParse(doc.toJS({ maxAliasCount: 100 }) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = doc.getIn(issue.path as (string | number)[], true) as
      { range?: [number, number, number] } | undefined;
    const line = node?.range ? ` line ${lineCounter.linePos(node.range[0]).line}:` : '';
    throw new ConfigError(`${file}:${line} ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const tags = parsed.data.tags ?? {};
  const weights = parsed.data.compliance?.weights ?? {};
  const complianceWeights: ComplianceWeightsConfig = {};
  if (weights.severity !== undefined) complianceWeights.severity = weights.severity;
  if (weights.requirements !== undefined) complianceWeights.requirements = weights.requirements;
  return {
    file,
    frameworkFiles: (parsed.data.frameworks ?? []).map((f) => resolve(dirname(file), f)),
    complianceWeights,
    iac: { skipRules: parsed.data.iac?.skipRules ?? [], skipPaths: parsed.data.iac?.skipPaths ?? [] },
    governance: governanceOf(parsed.data.governance),
    contextTagKeys: {
      owner: tags.owner ?? DEFAULT_CONTEXT_TAG_KEYS.owner,
      environment: tags.environment ?? DEFAULT_CONTEXT_TAG_KEYS.environment,
      dataClassification: tags.dataClassification ?? DEFAULT_CONTEXT_TAG_KEYS.dataClassification,
    },
  };
}
