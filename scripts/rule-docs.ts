/**
 * Generates docs/rules/<rule-id>.md (one page per rule) and docs/rules/README.md (the index) from rule
 * metadata and the framework catalogs. A test checks the committed pages match what this produces.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComplianceIndex, loadCatalogDir } from '../src/frameworks/catalog.js';
import { assetTypeDef } from '../src/inventory/types.js';
import type { AnyRule } from '../src/rules/api.js';
import { ALL_RULES } from '../src/rules/index.js';

export const DOCS_DIR = join(import.meta.dirname, '..', 'docs', 'rules');

export function rulePage(rule: AnyRule, compliance: ComplianceIndex): string {
  const lines: string[] = [
    `# ${rule.title}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Rule id | \`${rule.id}\` |`,
    `| Severity | ${rule.severity} |`,
    `| Category | ${rule.category} |`,
    `| Aspects | ${rule.aspects.join(', ')} |`,
    `| Asset types | ${rule.assetTypes.map((t) => `\`${t}\` (${assetTypeDef(t)?.title ?? t})`).join(', ')} |`,
  ];
  if (rule.requires?.length)
    lines.push(`| Also reads | ${rule.requires.map((t) => `\`${t}\``).join(', ')} |`);
  if (rule.combination)
    lines.push(
      `| Toxic combination of | ${rule.combination.components.map((id) => `[${id}](${id}.md)`).join(', ')} |`,
    );
  lines.push('', '## Why it matters', '', rule.description, '', '## Messages', '');
  for (const [id, text] of Object.entries(rule.messages)) lines.push(`- \`${id}\`: ${text}`);
  lines.push(
    '',
    'When a field this rule needs could not be read from the source, the result is `error` (unknown), never pass or fail.',
    '',
    '## Remediation',
    '',
    rule.remediation.text,
  );
  if (rule.remediation.cli) lines.push('', 'CLI:', '', '```sh', rule.remediation.cli, '```');
  if (rule.remediation.terraform)
    lines.push('', 'Terraform:', '', '```hcl', rule.remediation.terraform, '```');
  if (rule.remediation.console) lines.push('', `Console: ${rule.remediation.console}`);
  lines.push('', '## Compliance', '');
  const mapped = compliance.forRule(rule.id);
  const fwIds = Object.keys(mapped).sort();
  if (fwIds.length === 0) lines.push('Not mapped to a framework requirement.');
  for (const fw of fwIds) lines.push(`- \`${fw}\`: ${(mapped[fw] ?? []).join(', ')}`);
  if (rule.references?.length) {
    lines.push('', '## References', '');
    for (const r of rule.references) lines.push(`- ${r}`);
  }
  lines.push('');
  return lines.join('\n');
}

export function rulesReadme(rules: readonly AnyRule[]): string {
  const lines = [
    '# Rules',
    '',
    `Parapet ships ${rules.length} rules. Each page below is generated from the rule's metadata and the framework catalogs (\`npm run generate\`).`,
    '',
    '| Rule | Severity | Asset types |',
    '|---|---|---|',
  ];
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`| [${r.id}](${r.id}.md) — ${r.title} | ${r.severity} | ${r.assetTypes.join(', ')} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Expected docs/rules content: file name → text. */
export function expectedRuleDocs(): Map<string, string> {
  const compliance = new ComplianceIndex(loadCatalogDir());
  const out = new Map<string, string>();
  for (const r of ALL_RULES) out.set(`${r.id}.md`, rulePage(r, compliance));
  out.set('README.md', rulesReadme(ALL_RULES));
  return out;
}

export function writeRuleDocs(): number {
  mkdirSync(DOCS_DIR, { recursive: true });
  const expected = expectedRuleDocs();
  for (const f of readdirSync(DOCS_DIR)) if (!expected.has(f)) rmSync(join(DOCS_DIR, f));
  for (const [f, text] of expected) writeFileSync(join(DOCS_DIR, f), text);
  return expected.size - 1;
}
