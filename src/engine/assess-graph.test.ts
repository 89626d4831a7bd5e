/**
 * The assessment with the exposure graph: failing results of graph-typed assets are scored over the
 * graph at the end, combination rules run there and link their components, and the graph can be
 * switched off (then every asset streams and risk reads only the rule and the tags).
 */
import { describe, expect, it } from 'vitest';
import type { AnyAsset } from '../model/asset.js';
import { ALL_RULES } from '../rules/index.js';
import { exposedEstate, UIDS } from '../rules/aws/testing/network-fixtures.js';
import type { ImportEvent } from '../sources/import/types.js';
import { assess, type AssessedAsset } from './assess.js';
import { findingId } from './finding-id.js';

function toEvent(a: AnyAsset): ImportEvent {
  return {
    kind: 'candidate',
    type: a.type,
    candidate: {
      uid: a.uid,
      account: a.account,
      region: a.region,
      name: a.name,
      tags: a.tags,
      config: a.config,
      relations: a.relations,
      source: { kind: 'import', format: 'test', file: 'estate.json' },
    },
  };
}

async function* events(list: AnyAsset[]): AsyncGenerator<ImportEvent[]> {
  yield await Promise.resolve(list.map(toEvent));
}

async function run(graph: boolean) {
  const e = exposedEstate({
    roleAdmin: true,
    instance: {
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
    },
  });
  const written: AssessedAsset[] = [];
  const assessment = await assess(
    events(e.all),
    { rules: ALL_RULES, now: new Date('2026-06-01T00:00:00Z'), graph },
    { write: (b) => void written.push(...b) },
  );
  const results = written.flatMap((w) => w.results);
  return { assessment, results, written };
}

describe('assess with the exposure graph', () => {
  it('scores failing results with the exposure path and reports the toxic combination with its components', async () => {
    const { assessment, results } = await run(true);
    const imds = results.find((r) => r.ruleId === 'aws-ec2-instance-imdsv2-required')!;
    expect(imds.risk!.factors.find((f) => f.name === 'exposure')?.detail).toContain(
      'internet → igw-0a1b2c3d → rtb-0a1b2c3d → acl-0a1b2c3d → subnet-0123456789abcdef0 → i-0123456789abcdef0 via sg-0123456789abcdef0:22',
    );
    const combo = results.find((r) => r.ruleId === 'aws-combo-exposed-instance-admin-role')!;
    expect(combo.status).toBe('fail');
    expect(combo.evidence?.components).toEqual(
      expect.arrayContaining([
        findingId('aws-iam-role-no-admin-access', UIDS.role),
        findingId('aws-ec2-security-group-no-public-ssh', UIDS.sg),
        findingId('aws-ec2-instance-imdsv2-required', UIDS.instance),
      ]),
    );
    expect(combo.risk!.score).toBeGreaterThan(imds.risk!.score);
    expect(assessment.graph).toMatchObject({ exposed: 1, combinations: 1 });
    // Combinations are counted with the other failures; their passes are not results.
    expect(results.filter((r) => r.ruleId.includes('-combo-') && r.status !== 'fail')).toEqual([]);
  });

  it('writes every asset exactly once', async () => {
    const { written } = await run(true);
    const uids = written.map((w) => w.asset.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.length).toBe(exposedEstate().all.length);
  });

  it('with the graph off, streams everything and judges no combinations', async () => {
    const { assessment, results } = await run(false);
    expect(assessment.graph).toBeUndefined();
    expect(results.some((r) => r.ruleId.includes('-combo-'))).toBe(false);
    const imds = results.find((r) => r.ruleId === 'aws-ec2-instance-imdsv2-required')!;
    expect(imds.risk!.factors.map((f) => f.name)).toEqual(['severity']);
  });
});
