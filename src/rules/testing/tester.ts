/**
 * RuleTester: runs a rule over valid (pass), invalid (fail with an exact message), unknown (error
 * because a field could not be read) and not-applicable cases, as vitest tests.
 */
import { describe, expect, it } from 'vitest';
import type { AnyAsset } from '../../model/asset.js';
import type { AnyRule } from '../api.js';
import { evaluateRule } from '../../engine/evaluate-rule.js';
import { CoverageIndex } from '../../engine/coverage-index.js';
import { InventoryIndex } from '../../engine/inventory-index.js';
import { findingId } from '../../engine/finding-id.js';
import { EstateGraph } from '../../inventory/graph/graph.js';

export interface InvalidCase {
  name?: string;
  asset: AnyAsset;
  messageId: string;
  /** If given, the rendered message must equal this. */
  message?: string;
  /** If given, these assets are in the inventory the rule sees. */
  related?: AnyAsset[];
  /** Asset types the sources recorded completely in the asset's account (see ctx.covered). */
  complete?: string[];
  /** Combination rules: the (rule id, resource uid) pairs that failed in the scan. */
  failing?: [string, string][];
}

export interface OtherCase {
  name?: string;
  asset: AnyAsset;
  related?: AnyAsset[];
  complete?: string[];
  failing?: [string, string][];
  /** For unknown cases: the field that must be named as unknown. */
  field?: string;
}

export interface RuleTests {
  valid: (AnyAsset | OtherCase)[];
  invalid: InvalidCase[];
  unknown: (AnyAsset | OtherCase)[];
  notApplicable?: (AnyAsset | OtherCase)[];
  /**
   * For a rule that reads nothing a source can fail to give (e.g. only the asset's name): why. Then
   * `unknown` must be empty instead of non-empty.
   */
  neverUnknown?: string;
  /** "Now" for age-based rules. */
  now?: Date;
}

const DEFAULT_NOW = new Date('2026-06-01T00:00:00Z');

function normalise(c: AnyAsset | OtherCase): OtherCase {
  return 'asset' in c ? c : { asset: c };
}

export function runRuleTests(rule: AnyRule, tests: RuleTests): void {
  const now = tests.now ?? DEFAULT_NOW;
  const run = (
    asset: AnyAsset,
    related: AnyAsset[] = [],
    complete: string[] = [],
    failing: [string, string][] = [],
  ) => {
    const coverage = new CoverageIndex();
    for (const a of [asset, ...related]) coverage.saw(a);
    if (complete.length > 0)
      coverage.declare({ provider: asset.provider, account: asset.account, assetTypes: complete });
    const index = new InventoryIndex([asset, ...related]);
    // Combination rules read the graph and the failures of their components; others never do.
    const combination =
      rule.combination === undefined
        ? {}
        : { graph: new EstateGraph(index), failures: new Set(failing.map(([r, u]) => findingId(r, u))) };
    return evaluateRule(rule, asset, { now, index, coverage, ...combination });
  };

  describe(rule.id, () => {
    it('has at least one valid, invalid and unknown case', () => {
      expect(tests.valid.length).toBeGreaterThan(0);
      expect(tests.invalid.length).toBeGreaterThan(0);
      if (tests.neverUnknown === undefined) expect(tests.unknown.length).toBeGreaterThan(0);
      else expect(tests.unknown).toEqual([]);
    });

    tests.valid.map(normalise).forEach((c, i) => {
      it(`passes: ${c.name ?? `valid #${i + 1}`}`, () => {
        const r = run(c.asset, c.related, c.complete, c.failing);
        expect(r.status, r.message).toBe('pass');
      });
    });

    tests.invalid.forEach((c, i) => {
      it(`fails: ${c.name ?? `invalid #${i + 1}`} (${c.messageId})`, () => {
        const r = run(c.asset, c.related, c.complete, c.failing);
        expect(r.status, r.message).toBe('fail');
        const template = rule.messages[c.messageId];
        expect(template, `rule has no message ${c.messageId}`).toBeDefined();
        if (c.message !== undefined) expect(r.message).toBe(c.message);
        expect(r.message).not.toMatch(/\{\{\s*\w+\s*\}\}/); // every placeholder filled
        expect(messageIdOf(rule, r.message)).toBe(c.messageId);
      });
    });

    tests.unknown.map(normalise).forEach((c, i) => {
      it(`is unknown (error), never pass or fail: ${c.name ?? `unknown #${i + 1}`}`, () => {
        const r = run(c.asset, c.related, c.complete, c.failing);
        expect(r.status, r.message).toBe('error');
        expect(r.unknown?.length ?? 0).toBeGreaterThan(0);
        if (c.field !== undefined) expect(r.unknown?.map((u) => u.field)).toContain(c.field);
      });
    });

    (tests.notApplicable ?? []).map(normalise).forEach((c, i) => {
      it(`is not applicable: ${c.name ?? `n/a #${i + 1}`}`, () => {
        expect(run(c.asset, c.related, c.complete, c.failing).status).toBe('not_applicable');
      });
    });
  });
}

/** Which message template produced `message` (templates compared with placeholders as wildcards). */
function messageIdOf(rule: AnyRule, message: string): string | undefined {
  for (const [id, template] of Object.entries(rule.messages)) {
    const pattern = template
      .split(/\{\{\s*\w+\s*\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*');
    if (new RegExp(`^${pattern}$`).test(message)) return id;
  }
  return undefined;
}
