/** `parapet rules`: the rule registry with metadata and framework mappings, as a table or JSON. */
import { UsageError } from '../model/errors.js';
import { ALL_RULES } from '../rules/index.js';
import type { ComplianceIndex, FrameworkCoverage } from '../frameworks/catalog.js';
import { cell } from '../report/safe-text.js';
import { streamOutput } from '../report/output.js';
import { loadConfig } from './config.js';
import { selectFrameworks } from './frameworks.js';
import type { Io } from './io.js';

export interface RulesOptions {
  format: string;
  provider?: string;
  framework?: string;
  config?: string;
}

/** Coverage of every loaded framework (of one provider's, with --provider) by the registered rules. */
function coverageOf(compliance: ComplianceIndex, provider: string | undefined): FrameworkCoverage[] {
  const ids = new Set(ALL_RULES.map((r) => r.id));
  return compliance.frameworks
    .filter((f) => provider === undefined || f.providers.includes(provider))
    .map((f) => compliance.coverage(f.id, ids))
    .filter((c): c is FrameworkCoverage => c !== undefined);
}

export async function runRules(opts: RulesOptions, io: Io): Promise<number> {
  if (opts.format !== 'table' && opts.format !== 'json') {
    throw new UsageError(`--format: "${opts.format}" is not supported (expected table or json)`);
  }
  const config = loadConfig(opts.config, io.cwd);
  const { compliance, selected } = selectFrameworks(opts.framework, config.frameworkFiles, io.cwd);
  const inFramework = selected === undefined ? undefined : compliance.rulesOf(selected);
  const rules = ALL_RULES.filter(
    (r) =>
      (opts.provider === undefined || r.id.startsWith(`${opts.provider}-`)) &&
      (inFramework === undefined || inFramework.has(r.id)),
  ).sort((a, b) => a.id.localeCompare(b.id));
  const out = streamOutput(io.stdout);
  if (opts.format === 'json') {
    const doc = {
      schema: 'parapet.rules/v1',
      rules: rules.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        severity: r.severity,
        category: r.category,
        aspects: r.aspects,
        assetTypes: r.assetTypes,
        requires: r.requires ?? [],
        messages: r.messages,
        remediation: r.remediation,
        references: r.references ?? [],
        compliance: compliance.forRule(r.id),
      })),
      coverage: coverageOf(compliance, opts.provider),
    };
    await out.write(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  const idW = Math.max(...rules.map((r) => r.id.length), 10);
  await out.write(`${'RULE'.padEnd(idW)}  ${'SEVERITY'.padEnd(8)}  FRAMEWORKS\n`);
  for (const r of rules) {
    const fws = Object.entries(compliance.forRule(r.id))
      .map(([fw, ids]) => `${fw} ${ids.join(',')}`)
      .join('; ');
    await out.write(`${cell(r.id, idW)}  ${r.severity.padEnd(8)}  ${fws || '-'}\n`);
  }
  await out.write(
    `\n${rules.length} rules. Details: docs/rules/<rule-id>.md or parapet rules --format json\n`,
  );
  for (const c of coverageOf(compliance, opts.provider))
    await out.write(
      `${c.id}: ${c.covered}/${c.automated} automated requirements covered, ${c.manual} manual (of ${c.requirements})\n`,
    );
  return 0;
}
