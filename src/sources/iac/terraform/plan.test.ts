import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readIac } from '../index.js';
import {
  looksLikePlan,
  moduleCallNames,
  overlay,
  readPlan,
  referencedAddress,
  type PlanResource,
} from './plan.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const EXAMPLE = join(ROOT, 'examples/terraform-plan');

type Candidate = { uid: string; config: Record<string, unknown>; source: { file?: string; line?: number } };
const candidates = (run: Awaited<ReturnType<typeof readIac>>) =>
  run.events.flatMap((e) => (e.kind === 'candidate' ? [e.candidate as Candidate] : []));

function planDoc(resources: object[], changes: object[], configuration?: object): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources } },
    resource_changes: changes,
    ...(configuration ? { configuration } : {}),
  });
}

describe('Terraform plan JSON', () => {
  it('recognises plan output by its content', () => {
    const text = planDoc([], []);
    expect(looksLikePlan(text)).toBe(true);
    expect(looksLikePlan('{"format_version":"1.0","terraform_version":"1.5.0","values":{}}')).toBe(false);
    expect(looksLikePlan('{"$schema":"https://schema.management.azure.com/..."}')).toBe(false);
  });

  it('marks after_unknown leaves unknown, in objects and lists', () => {
    expect(overlay({ a: 1, l: ['x', null] }, { b: true, l: [false, true] }, 0)).toEqual({
      a: 1,
      b: { $unknown: 'known only after apply (the plan marks it after_unknown)' },
      l: ['x', { $unknown: 'known only after apply (the plan marks it after_unknown)' }],
    });
    // Hostile keys stay data.
    const v = overlay(JSON.parse('{"__proto__": {"polluted": true}}'), undefined, 0) as Record<
      string,
      unknown
    >;
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps module addresses and index keys, and resolves references to the instance with the same key', () => {
    expect(moduleCallNames('module.a["x.y"].module.b[0]')).toEqual(['a', 'b']);
    const rule: PlanResource = {
      address: 'module.m.aws_s3_bucket_policy.p[1]',
      moduleAddress: 'module.m',
      type: 'aws_s3_bucket_policy',
      name: 'p',
      values: {},
      config: { expressions: new Map(), moduleSources: [], forEach: [] },
      actions: ['create'],
    };
    const known = new Set(['module.m.aws_s3_bucket.b[0]', 'module.m.aws_s3_bucket.b[1]']);
    expect(referencedAddress(['aws_s3_bucket.b[count.index].id', 'aws_s3_bucket.b'], rule, known)).toBe(
      'module.m.aws_s3_bucket.b[1]',
    );
    expect(referencedAddress(['aws_s3_bucket.b[0].id'], rule, known)).toBe('module.m.aws_s3_bucket.b[0]');
    expect(referencedAddress(['var.x', 'local.y'], rule, known)).toBeUndefined();
  });

  it('skips resources being deleted', () => {
    const plan = readPlan(
      JSON.parse(
        planDoc(
          [],
          [
            {
              address: 'aws_s3_bucket.old',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'old',
              change: { actions: ['delete'], before: { acl: 'public-read' }, after: null },
            },
          ],
        ),
      ),
      'plan.json',
    );
    expect(plan.resources).toEqual([]);
    expect(plan.deleted).toEqual(['aws_s3_bucket.old']);
  });

  it('points at the plan file when the configuration is not beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-plan-'));
    copyFileSync(join(EXAMPLE, 'plan.json'), join(dir, 'plan.json'));
    const run = await readIac([dir], { cwd: dir });
    const web = candidates(run).find((c) => c.uid === 'plan.json#aws_security_group.web[1]');
    expect(web?.source.file).toBe('plan.json');
    const text = (run.files.get('plan.json') ?? '').split('\n');
    expect(text[(web?.source.line ?? 0) - 1]).toContain('"address": "aws_security_group.web[1]"');
    // Buckets still join their separate settings (by reference, through each.value).
    const archive = candidates(run).find((c) => c.uid === 'plan.json#aws_s3_bucket.archive["eu"]');
    expect(archive?.config.publicAccessBlock).toMatchObject({ blockPublicAcls: true });
    expect(candidates(run).some((c) => c.uid.includes('legacy'))).toBe(false);
    // Given by name, the plan is read as a plan only (not also as Terraform HCL).
    const single = await readIac([join(dir, 'plan.json')], { cwd: dir });
    expect(single.events.flatMap((e) => (e.kind === 'file' ? [e.format] : []))).toEqual(['terraform-plan']);
  });

  it('reads unset computed attributes as unset with the configuration, and as unknown without it', async () => {
    const bucket = {
      address: 'aws_s3_bucket.b',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      values: { bucket: 'b' },
    };
    const change = {
      address: 'aws_s3_bucket.b',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      change: { actions: ['create'], after: { bucket: 'b' }, after_unknown: { acl: true, id: true } },
    };
    const configuration = {
      root_module: {
        resources: [
          {
            address: 'aws_s3_bucket.b',
            mode: 'managed',
            type: 'aws_s3_bucket',
            name: 'b',
            expressions: { bucket: { constant_value: 'b' } },
          },
        ],
      },
    };
    for (const [withConfig, acl] of [
      [true, []],
      [false, { $unknown: 'known only after apply (the plan marks it after_unknown)' }],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'parapet-plan-'));
      writeFileSync(
        join(dir, 'tfplan.json'),
        planDoc([bucket], [change], withConfig ? configuration : undefined),
      );
      const run = await readIac([dir], { cwd: dir });
      expect(candidates(run)[0]?.config.acl).toEqual(acl);
    }
  });

  it('reports a malformed plan as an input error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-plan-'));
    writeFileSync(
      join(dir, 'plan.json'),
      '{"format_version":"1.2","terraform_version":"1.9.0","planned_values": {',
    );
    const run = await readIac([dir], { cwd: dir });
    expect(run.events).toContainEqual(
      expect.objectContaining({ kind: 'diagnostic', level: 'error', file: 'plan.json' }),
    );
    writeFileSync(
      join(dir, 'plan.json'),
      '{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{},"resource_changes": {}}',
    );
    const again = await readIac([dir], { cwd: dir });
    expect(again.events).toContainEqual(
      expect.objectContaining({ kind: 'diagnostic', message: 'plan.json: resource_changes must be a list' }),
    );
  });
});
