import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessedAsset, Assessment } from '../engine/assess.js';
import { awsSnapshot, type BucketSpec } from '../lifecycle/testing/aws-estate.js';
import type { AnyAsset } from '../model/asset.js';
import { openSqliteStore } from '../store/sqlite.js';
import { memoryIo } from './io.js';
import { main } from './main.js';

const ACCOUNT = '111122223333';
const good: Omit<BucketSpec, 'name'> = { versioning: true, kms: true, blockPublic: true, logging: true };

async function run(dir: string, ...args: string[]) {
  const io = memoryIo({}, dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function scanAt(dir: string, name: string, buckets: BucketSpec[], at: string): Promise<string> {
  writeFileSync(join(dir, name), awsSnapshot({ account: ACCOUNT, region: 'eu-west-1', buckets }));
  const r = await run(
    dir,
    'scan',
    '--import',
    name,
    '--at',
    at,
    '--no-progress',
    '--format',
    'json',
    '--output',
    `${name}.out`,
  );
  expect(r.code).toBe(0);
  return (JSON.parse(readFileSync(join(dir, `${name}.out`), 'utf8')) as { scan: { id: string } }).scan.id;
}

interface DriftJson {
  schema: string;
  reference: { kind: string; id: string };
  summary: Record<string, number>;
  changes: {
    uid: string;
    change: string;
    security: boolean;
    fields: { path: string; before: unknown; after: unknown; category?: string }[];
    flips: { ruleId: string; before: string; after: string }[];
  }[];
}

describe('parapet baseline and drift', () => {
  it('reports added, removed and changed assets with field-level differences, security-relevant marked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-drift-'));
    const s0 = await scanAt(
      dir,
      't0.json',
      [{ name: 'alpha', ...good }, { name: 'beta', ...good, tags: { team: 'web' } }, { name: 'gamma' }],
      '2026-11-01T00:00:00Z',
    );
    const approve = await run(dir, 'baseline', 'approve', '--at', '2026-11-01T01:00:00Z', '--format', 'json');
    expect(approve.err).toBe('');
    expect(JSON.parse(approve.out)).toMatchObject({ baseline: { id: 'baseline-1', scan: s0, assets: 4 } });
    const s1 = await scanAt(
      dir,
      't1.json',
      [
        { name: 'alpha', ...good, blockPublic: false },
        { name: 'beta', ...good, tags: { team: 'search' } },
        { name: 'delta', ...good },
      ],
      '2026-11-02T00:00:00Z',
    );
    const r = await run(dir, 'drift', '--since-baseline', '--format', 'json', '--at', '2026-11-02T01:00:00Z');
    expect(r.err).toBe('');
    const drift = JSON.parse(r.out) as DriftJson;
    expect(drift).toMatchObject({
      schema: 'parapet.drift/v1',
      reference: { kind: 'baseline', id: 'baseline-1' },
    });
    const by = Object.fromEntries(drift.changes.map((c) => [c.uid.replace('arn:aws:s3:::', ''), c]));
    expect(by.gamma).toMatchObject({ change: 'removed' });
    expect(by.delta).toMatchObject({ change: 'added' });
    expect(by.alpha).toMatchObject({ change: 'changed', security: true });
    expect(by.alpha!.fields.map((f) => [f.path, f.before, f.after, f.category])).toEqual([
      ['config.publicAccessBlock.blockPublicAcls', true, false, 'exposure'],
      ['config.publicAccessBlock.blockPublicPolicy', true, false, 'exposure'],
      ['config.publicAccessBlock.ignorePublicAcls', true, false, 'exposure'],
      ['config.publicAccessBlock.restrictPublicBuckets', true, false, 'exposure'],
    ]);
    expect(by.alpha!.flips).toContainEqual({
      ruleId: 'aws-s3-bucket-public-access-blocked',
      before: 'pass',
      after: 'fail',
    });
    // A tag change alone is drift, but not security-relevant.
    expect(by.beta).toMatchObject({ change: 'changed', security: false, flips: [] });
    expect(by.beta!.fields.map((f) => [f.path, f.before, f.after])).toEqual([['tags.team', 'web', 'search']]);
    expect(drift.summary).toMatchObject({ added: 1, removed: 1, changed: 2, security: 1 });

    // Between two scans gives the same changes; the table marks security-relevant ones.
    const between = JSON.parse(
      (await run(dir, 'drift', '--between', s0, s1, '--format', 'json')).out,
    ) as DriftJson;
    expect(between.changes.map((c) => [c.uid, c.change])).toEqual(
      drift.changes.map((c) => [c.uid, c.change]),
    );
    const table = await run(dir, 'drift', '--between', s0, s1, '--security-only');
    expect(table.out).toMatch(/! changed\s+aws\.s3\.bucket\s+arn:aws:s3:::alpha/);
    expect(table.out).toContain('[exposure] config.publicAccessBlock.blockPublicAcls: true → false');
    expect(table.out).not.toContain('beta');

    // Drift is recorded and listable over time.
    const history = JSON.parse((await run(dir, 'drift', '--history', '--format', 'json')).out) as {
      events: { uid: string; change: string; reference: string; security: boolean }[];
    };
    expect(
      history.events.filter((e) => e.reference === 'baseline-1').map((e) => [e.uid, e.change, e.security]),
    ).toEqual([
      ['arn:aws:s3:::alpha', 'changed', true],
      ['arn:aws:s3:::beta', 'changed', false],
      ['arn:aws:s3:::delta', 'added', false],
      ['arn:aws:s3:::gamma', 'removed', false],
    ]);
    const list = await run(dir, 'baseline', 'list');
    expect(list.out).toMatch(/^baseline-1\s+2026-11-01T01:00:00.000Z\s+scan /);
  });

  it('needs a baseline for --since-baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-drift-'));
    await scanAt(dir, 't0.json', [{ name: 'alpha' }], '2026-11-01T00:00:00Z');
    const r = await run(dir, 'drift');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no baseline approved yet/);
  });
});

function asset(uid: string, name: string, config: Record<string, unknown>): AnyAsset {
  return {
    uid,
    type: 'aws.s3.bucket',
    provider: 'aws',
    account: uid.includes('#') ? '' : ACCOUNT,
    region: uid.includes('#') ? '' : 'eu-west-1',
    name,
    tags: {},
    config,
    relations: [],
    context: {},
    source: { kind: uid.includes('#') ? 'iac' : 'import', format: 'test' },
  };
}

const emptyAssessment = (): Assessment => ({
  assets: 0,
  results: { pass: 0, fail: 0, error: 0, not_applicable: 0 },
  failedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  sources: [],
  diagnostics: [],
  diagnosticCounts: { error: 0, warning: 0 },
  coverage: {
    scopes: [],
    assetTypes: {},
    unsupportedTypes: {},
    unknownFields: [],
    unassessed: [],
    complete: true,
  },
});

describe('parapet drift --declared --deployed (IaC to live)', () => {
  it('matches declared resources to deployed ones and reports security-relevant differences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-iacdrift-'));
    const path = join(dir, '.parapet', 'parapet.db');
    const pab = {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    };
    const declared: AssessedAsset[] = [
      asset('infra/main.tf#aws_s3_bucket.alpha', 'alpha', {
        encryption: {
          sseAlgorithm: 'aws:kms',
          kmsKeyId: { $unknown: 'computed at apply' },
          bucketKeyEnabled: true,
        },
        versioning: 'Enabled',
        publicAccessBlock: pab,
        logging: { $unknown: 'computed at apply' },
      }),
      asset('infra/main.tf#aws_s3_bucket.ghost', 'ghost', { versioning: 'Enabled' }),
      asset('infra/main.tf#aws_s3_bucket.same', 'same', { versioning: 'Enabled', publicAccessBlock: pab }),
    ].map((a) => ({ asset: a, results: [] }));
    const deployed: AssessedAsset[] = [
      asset('arn:aws:s3:::alpha', 'alpha', {
        encryption: null,
        versioning: 'Enabled',
        publicAccessBlock: pab,
        logging: null,
      }),
      asset('arn:aws:s3:::same', 'same', { versioning: 'Enabled', publicAccessBlock: pab, logging: null }),
      asset('arn:aws:s3:::stray', 'stray', { versioning: 'Off' }),
    ].map((a) => ({ asset: a, results: [] }));
    const store = openSqliteStore(path);
    for (const [id, at, batch] of [
      ['iac-1', '2026-11-01T00:00:00.000Z', declared],
      ['live-1', '2026-11-01T01:00:00.000Z', deployed],
    ] as const) {
      const w = await store.beginScan({ id, startedAt: at, sources: ['t'], options: {} });
      await w.write([...batch]);
      await w.finish(emptyAssessment(), at);
    }
    await store.close();

    const r = await run(dir, 'drift', '--declared', 'iac-1', '--deployed', 'live-1', '--format', 'json');
    expect(r.err).toBe('');
    const report = JSON.parse(r.out) as {
      schema: string;
      summary: Record<string, number>;
      matched: {
        declared: { file: string; address: string };
        deployed: { uid: string };
        by: string;
        differences: unknown[];
      }[];
      notDeployed: { uid: string }[];
      undeclared: { uid: string }[];
    };
    expect(report.schema).toBe('parapet.iac-drift/v1');
    expect(report.summary).toEqual({ matched: 2, drifted: 1, notDeployed: 1, ambiguous: 0, undeclared: 1 });
    const alpha = report.matched.find((m) => m.deployed.uid === 'arn:aws:s3:::alpha')!;
    expect(alpha).toMatchObject({
      declared: { file: 'infra/main.tf', address: 'aws_s3_bucket.alpha' },
      by: 'name',
    });
    // Declared encrypted, deployed not; logging is unknown in the IaC (computed), so it declares nothing.
    expect(alpha.differences).toEqual([
      {
        path: 'config.encryption',
        declared: {
          bucketKeyEnabled: true,
          kmsKeyId: { $unknown: 'computed at apply' },
          sseAlgorithm: 'aws:kms',
        },
        deployed: null,
        category: 'encryption',
      },
    ]);
    expect(report.notDeployed.map((n) => n.uid)).toEqual(['infra/main.tf#aws_s3_bucket.ghost']);
    expect(report.undeclared.map((n) => n.uid)).toEqual(['arn:aws:s3:::stray']);
    const table = await run(dir, 'drift', '--declared', 'iac-1', '--deployed', 'live-1');
    expect(table.out).toContain('[encryption] config.encryption: declared');
  });
});

describe('parapet drift --iac --deployed', () => {
  it('reads Terraform as the declared side and reports declared encrypted, deployed not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-iacdrift-'));
    await scanAt(
      dir,
      'live.json',
      [{ name: 'alpha', versioning: true, blockPublic: true }],
      '2026-11-01T00:00:00Z',
    );
    writeFileSync(
      join(dir, 'main.tf'),
      `resource "aws_s3_bucket" "alpha" {
  bucket = "alpha"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "alpha" {
  bucket = aws_s3_bucket.alpha.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/alpha"
    }
  }
}
`,
    );
    const r = await run(dir, 'drift', '--iac', 'main.tf', '--deployed', 'latest', '--format', 'json');
    expect(r.err).toBe('');
    const report = JSON.parse(r.out) as {
      matched: {
        declared: { file: string; address: string };
        deployed: { uid: string };
        differences: { path: string; category: string; deployed: unknown }[];
        flips: { ruleId: string; before: string; after: string }[];
      }[];
    };
    expect(report.matched).toHaveLength(1);
    const [m] = report.matched;
    expect(m!.declared).toMatchObject({ file: 'main.tf', address: 'aws_s3_bucket.alpha' });
    expect(m!.deployed.uid).toBe('arn:aws:s3:::alpha');
    expect(m!.differences).toContainEqual(
      expect.objectContaining({ path: 'config.encryption', category: 'encryption', deployed: null }),
    );
    expect(m!.flips).toContainEqual({
      ruleId: 'aws-s3-bucket-default-encryption-kms',
      before: 'pass',
      after: 'fail',
    });
  });
});
