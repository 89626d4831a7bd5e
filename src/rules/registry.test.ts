/**
 * Registry-wide checks: every rule has complete metadata, a test beside it, a generated docs page and
 * a place in a framework (or an explicit reason not to); the generated index and docs are current;
 * every catalog entry names an existing rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogProblems, ComplianceIndex, loadCatalogDir } from '../frameworks/catalog.js';
import { assetTypeDef } from '../inventory/types.js';
import { isSeverity } from '../model/severity.js';
import { DOCS_DIR, expectedRuleDocs } from '../../scripts/rule-docs.js';
import { RULES_DIR, ruleFiles, ruleIndexSource } from '../../scripts/rule-index.js';
import { RULE_CATEGORIES } from './api.js';
import { ALL_RULES } from './index.js';
import { UNMAPPED_RULES } from './unmapped.js';

const frameworks = loadCatalogDir();
const compliance = new ComplianceIndex(frameworks);
const ids = new Set(ALL_RULES.map((r) => r.id));

describe('rule registry', () => {
  it('has unique, kebab-case ids prefixed with the provider of the asset types', () => {
    expect(ids.size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.id, r.id).toMatch(/^(aws|azure|gcp)(-[a-z0-9]+){2,}$/);
      for (const t of r.assetTypes) expect(t.split('.')[0], `${r.id} judges ${t}`).toBe(r.id.split('-')[0]);
    }
  });

  it('judges and reads only asset types that exist', () => {
    for (const r of ALL_RULES) {
      expect(r.assetTypes.length, r.id).toBeGreaterThan(0);
      for (const t of [...r.assetTypes, ...(r.requires ?? [])])
        expect(assetTypeDef(t), `${r.id}: ${t}`).toBeDefined();
    }
  });

  it('has complete metadata', () => {
    for (const r of ALL_RULES) {
      expect(r.title.trim(), r.id).not.toBe('');
      expect(r.title, `${r.id} title ends with a period`).not.toMatch(/\.$/);
      expect(r.description.length, `${r.id} description`).toBeGreaterThan(40);
      expect(isSeverity(r.severity), r.id).toBe(true);
      expect(RULE_CATEGORIES, r.id).toContain(r.category);
      expect(r.remediation.text.length, `${r.id} remediation`).toBeGreaterThan(10);
      const messages = Object.values(r.messages);
      expect(messages.length, r.id).toBeGreaterThan(0);
      for (const m of messages) expect(m, r.id).not.toMatch(/\{\{(?!\s*\w+\s*\}\})/);
    }
  });

  it('keeps each rule in a file named by its id, with a test beside it', () => {
    const files = ruleFiles();
    expect(files.length).toBe(ALL_RULES.length);
    const byId = new Map(files.map((f) => [basename(f, '.ts'), f]));
    for (const r of ALL_RULES) {
      const file = byId.get(r.id);
      expect(file, `no file ${r.id}.ts`).toBeDefined();
      expect(existsSync(join(RULES_DIR, file!.replace(/\.ts$/, '.test.ts'))), `${r.id} has no test`).toBe(
        true,
      );
    }
  });

  it('has a generated index that is current (run npm run generate)', () => {
    expect(readFileSync(join(RULES_DIR, 'index.ts'), 'utf8')).toBe(ruleIndexSource());
  });

  it('has a generated docs page per rule that is current (run npm run generate)', () => {
    for (const [file, text] of expectedRuleDocs()) {
      const path = join(DOCS_DIR, file);
      expect(existsSync(path), `missing docs/rules/${file}`).toBe(true);
      expect(readFileSync(path, 'utf8'), `docs/rules/${file} is stale`).toBe(text);
    }
  });

  it('maps every rule to a framework requirement, or lists why not', () => {
    for (const r of ALL_RULES) {
      const mapped = Object.keys(compliance.forRule(r.id)).length > 0;
      const listed = Object.hasOwn(UNMAPPED_RULES, r.id);
      expect(mapped || listed, `${r.id} is in no framework and not in unmapped.ts`).toBe(true);
      expect(mapped && listed, `${r.id} is mapped; remove it from unmapped.ts`).toBe(false);
    }
    for (const id of Object.keys(UNMAPPED_RULES))
      expect(ids.has(id), `unmapped.ts lists unknown rule ${id}`).toBe(true);
  });

  it('every framework entry names an existing rule', () => {
    expect(catalogProblems(frameworks, ids)).toEqual([]);
  });
});
