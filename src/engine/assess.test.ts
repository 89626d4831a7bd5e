import { describe, expect, it } from 'vitest';
import type { AnyAsset } from '../model/asset.js';
import { unknown } from '../model/unknown.js';
import { defineRule, need } from '../rules/api.js';
import type { ImportEvent } from '../sources/import/types.js';
import { assess, type AssessedAsset } from './assess.js';

const config = {
  publicAccessBlock: null,
  acl: [],
  policy: null,
  encryption: null,
  versioning: 'Enabled',
  mfaDelete: false,
  logging: null,
  objectLockEnabled: false,
  lifecycleRules: [],
  eventNotifications: [],
  replicationRules: [],
};

function bucket(
  name: string,
  extra: Record<string, unknown> = {},
  tags: Record<string, string> = {},
): ImportEvent {
  return {
    kind: 'candidate',
    type: 'aws.s3.bucket',
    candidate: {
      uid: `arn:aws:s3:::${name}`,
      account: '111122223333',
      region: 'us-east-1',
      name,
      tags,
      config: { ...config, ...extra },
      source: { kind: 'import', format: 'test', file: 'f.json' },
    },
  };
}

async function* events(list: ImportEvent[]): AsyncGenerator<ImportEvent> {
  for (const e of list) yield await Promise.resolve(e);
}

const versioning = defineRule({
  id: 'test-s3-versioning',
  title: 't',
  description: 'd',
  severity: 'high',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.s3.bucket'],
  messages: { off: '{{name}} versioning {{v}}' },
  remediation: { text: 'r' },
  check: (b, ctx) => {
    const v = need(b.config, 'versioning');
    return v === 'Enabled' ? ctx.pass() : ctx.fail('off', { name: b.name, v });
  },
});

/** Needs every bucket in the account: held back until all sources are read. */
const logTargetExists = defineRule({
  id: 'test-s3-log-target-exists',
  title: 't',
  description: 'd',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.s3.bucket'],
  requires: ['aws.s3.bucket'],
  messages: { missing: '{{name}} logs to {{target}}, which is not in the inventory' },
  remediation: { text: 'r' },
  check: (b, ctx) => {
    const logging = need(b.config, 'logging');
    if (logging === null) return ctx.notApplicable('logging off');
    const found = ctx
      .assets('aws.s3.bucket', { account: b.account })
      .some((o) => o.name === logging.targetBucket);
    return found ? ctx.pass() : ctx.fail('missing', { name: b.name, target: logging.targetBucket });
  },
});

const throwing = defineRule({
  id: 'test-throws',
  title: 't',
  description: 'd',
  severity: 'low',
  category: 'storage',
  aspects: [],
  assetTypes: ['aws.s3.bucket'],
  messages: { x: 'x' },
  remediation: { text: 'r' },
  check: () => {
    throw new Error('boom');
  },
});

function collector() {
  const batches: AssessedAsset[][] = [];
  return {
    batches,
    sink: { write: (b: AssessedAsset[]) => void batches.push(b) },
    all: () => batches.flat(),
  };
}

const now = new Date('2026-06-01T00:00:00Z');

describe('assess', () => {
  it('judges each asset with the rules for its type and counts results', async () => {
    const c = collector();
    const a = await assess(
      events([
        bucket('a'),
        bucket('b', { versioning: 'Suspended' }),
        bucket('c', { versioning: unknown('denied') }),
      ]),
      { rules: [versioning], now },
      c.sink,
    );
    expect(a.assets).toBe(3);
    expect(a.results).toEqual({ pass: 1, fail: 1, error: 1, not_applicable: 0 });
    expect(a.failedBySeverity.high).toBe(1);
    const failed = c.all().find((x) => x.asset.name === 'b')!.results[0]!;
    expect(failed.message).toBe('b versioning Suspended');
    expect(failed.findingId).toMatch(/^[0-9a-f]{24}$/);
    expect(failed.risk?.score).toBeGreaterThan(0);
    const unknownResult = c.all().find((x) => x.asset.name === 'c')!.results[0]!;
    expect(unknownResult.status).toBe('error');
    expect(a.coverage.unassessed).toEqual([
      { ruleId: 'test-s3-versioning', field: 'versioning', reason: 'denied', results: 1 },
    ]);
    expect(a.coverage.unknownFields).toEqual([
      { type: 'aws.s3.bucket', field: 'versioning', reason: 'denied', assets: 1 },
    ]);
  });

  it('takes events in batches as well as one at a time, with the same outcome', async () => {
    const list = () => [
      bucket('a'),
      bucket('b', { versioning: 'Suspended' }),
      bucket('c', { versioning: unknown('denied') }),
      bucket('a'),
    ];
    async function* batches(): AsyncGenerator<ImportEvent[]> {
      const all = list();
      yield await Promise.resolve(all.slice(0, 2));
      yield [];
      yield all.slice(2);
    }
    const one = collector();
    const many = collector();
    const a = await assess(
      events(list()),
      { rules: [versioning, logTargetExists], now, batchSize: 2 },
      one.sink,
    );
    const b = await assess(batches(), { rules: [versioning, logTargetExists], now, batchSize: 2 }, many.sink);
    expect(b).toEqual(a);
    expect(many.all()).toEqual(one.all());
    expect(a.assets).toBe(3);
    expect(a.diagnosticCounts.warning).toBe(1); // "a" twice
  });

  it('gives the same finding id for the same rule and resource in every run', async () => {
    const run = async () => {
      const c = collector();
      await assess(events([bucket('b', { versioning: 'Off' })]), { rules: [versioning], now }, c.sink);
      return c.all()[0]!.results[0]!.findingId;
    };
    expect(await run()).toBe(await run());
  });

  it('holds back assets judged by rules with requires until every source is read', async () => {
    const c = collector();
    // "src" logs to "target", which arrives later in the stream.
    await assess(
      events([
        bucket('src', { logging: { targetBucket: 'target', targetPrefix: '' } }),
        bucket('target'),
        bucket('orphan', { logging: { targetBucket: 'gone', targetPrefix: '' } }),
      ]),
      { rules: [logTargetExists], now },
      c.sink,
    );
    const byName = new Map(c.all().map((x) => [x.asset.name, x.results[0]!]));
    expect(byName.get('src')?.status).toBe('pass');
    expect(byName.get('target')?.status).toBe('not_applicable');
    expect(byName.get('orphan')?.message).toBe('orphan logs to gone, which is not in the inventory');
  });

  it('streams assets of types no rule needs to look up, in batches', async () => {
    const c = collector();
    const list = Array.from({ length: 25 }, (_, i) => bucket(`b${i}`));
    await assess(events(list), { rules: [versioning], now, batchSize: 10 }, c.sink);
    expect(c.batches.map((b) => b.length)).toEqual([10, 10, 5]);
  });

  it('keeps the first of duplicate descriptions and warns', async () => {
    const c = collector();
    const a = await assess(
      events([bucket('a'), bucket('a', { versioning: 'Off' })]),
      { rules: [versioning], now },
      c.sink,
    );
    expect(a.assets).toBe(1);
    expect(a.diagnosticCounts.warning).toBe(1);
    expect(a.diagnostics[0]?.message).toMatch(/appears more than once/);
  });

  it('turns a throwing rule into an error result and goes on', async () => {
    const c = collector();
    const a = await assess(events([bucket('a')]), { rules: [throwing, versioning], now }, c.sink);
    expect(a.results.error).toBe(1);
    expect(a.results.pass).toBe(1);
    expect(c.all()[0]!.results[0]!.message).toBe('Rule failed: boom');
  });

  it('records input errors, marks the scan incomplete, and keeps what could be read', async () => {
    const c = collector();
    const a = await assess(
      events([
        { kind: 'file', file: 'bad.json', format: 'aws-config', bytes: 3 },
        {
          kind: 'diagnostic',
          level: 'error',
          file: 'bad.json',
          position: 'line 1',
          message: 'bad.json: not valid JSON',
        },
        { kind: 'file', file: 'good.json', format: 'aws-config', bytes: 3 },
        bucket('a'),
      ]),
      { rules: [versioning], now },
      c.sink,
    );
    expect(a.coverage.complete).toBe(false);
    expect(a.assets).toBe(1);
    expect(a.sources).toEqual([
      { file: 'bad.json', format: 'aws-config', bytes: 3, assets: 0, errors: 1, warnings: 0 },
      { file: 'good.json', format: 'aws-config', bytes: 3, assets: 1, errors: 0, warnings: 0 },
    ]);
  });

  it('adds production and data-classification context to the risk score, with factors that sum', async () => {
    const c = collector();
    await assess(
      events([
        bucket('p', { versioning: 'Off' }, { env: 'production', classification: 'restricted' }),
        bucket('d', { versioning: 'Off' }, { env: 'dev' }),
      ]),
      { rules: [versioning], now },
      c.sink,
    );
    const risk = (name: string) =>
      c.all().find((x: { asset: AnyAsset }) => x.asset.name === name)!.results[0]!.risk!;
    expect(risk('p').score).toBeGreaterThan(risk('d').score);
    for (const r of [risk('p'), risk('d')])
      expect(r.factors.reduce((s, f) => s + f.contribution, 0)).toBe(r.score);
  });
});
