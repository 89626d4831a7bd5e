import { describe, expect, it } from 'vitest';
import type { AnyAsset } from '../model/asset.js';
import type { AnyRule } from '../rules/api.js';
import { ALL_RULES } from '../rules/index.js';
import { exposedEstate } from '../rules/aws/testing/network-fixtures.js';
import { assetOf } from '../rules/testing/builders.js';
import { secureVpc } from '../rules/aws/testing/fixtures.js';
import { EstateGraph } from '../inventory/graph/graph.js';
import { InventoryIndex } from './inventory-index.js';
import { riskOf } from './risk.js';

const rule = (severity: AnyRule['severity'], aspects: AnyRule['aspects'] = []) =>
  ({ id: 'r', severity, aspects }) as unknown as AnyRule;
const asset = (context: AnyAsset['context'], type = 'aws.ec2.vpc') =>
  ({ type, context }) as unknown as AnyAsset;
const byId = (id: string) => ALL_RULES.find((r) => r.id === id)!;

describe('riskOf', () => {
  it('adds up listed contributions, within 0–100', () => {
    const r = riskOf(
      rule('high', ['exposure']),
      asset({ environment: 'production', dataClassification: 'restricted' }),
    );
    expect(r.factors.map((f) => [f.name, f.contribution])).toEqual([
      ['severity', 38],
      ['exposure', 10],
      ['data-sensitivity', 15],
      ['environment', 10],
    ]);
    expect(r.score).toBe(73);
    expect(riskOf(rule('info'), asset({ environment: 'sandbox', dataClassification: 'public' })).score).toBe(
      0,
    );
  });

  it('leaves out what does not contribute, and values it does not know', () => {
    const r = riskOf(rule('medium'), asset({ environment: 'constructor', dataClassification: 'internal' }));
    expect(r).toEqual({
      score: 25,
      factors: [{ name: 'severity', contribution: 25, detail: 'rule severity medium' }],
    });
  });

  it('counts an unclassified data-holding resource as possibly sensitive', () => {
    const r = riskOf(rule('low'), asset({}, 'aws.s3.bucket'));
    expect(r.factors[1]).toMatchObject({ name: 'data-sensitivity', contribution: 5 });
  });

  it('adds the exposure path and admin privilege from the graph', () => {
    const e = exposedEstate({ roleAdmin: true });
    const facts = new EstateGraph(new InventoryIndex(e.all)).facts(e.instance);
    const r = riskOf(byId('aws-ec2-instance-imdsv2-required'), e.instance, facts);
    const names = r.factors.map((f) => f.name);
    expect(names).toEqual(['severity', 'exposure', 'privilege']);
    expect(r.factors[1]!.detail).toContain('internet → igw-0a1b2c3d');
    expect(r.factors[1]!.contribution).toBe(20);
    expect(r.score).toBe(r.factors.reduce((s, f) => s + f.contribution, 0));
  });

  it("ranks a public, unencrypted production database above a development VPC missing flow logs (the seed's example)", () => {
    const open5432 = [
      {
        protocol: 'tcp',
        fromPort: 5432,
        toPort: 5432,
        ipv4Ranges: ['0.0.0.0/0'],
        ipv6Ranges: [],
        securityGroups: [],
        prefixListIds: [],
      },
    ];
    const e = exposedEstate({
      db: { publiclyAccessible: true, storageEncrypted: false, kmsKeyId: null },
      dbTags: { environment: 'prod' },
      sgIngress: open5432,
    });
    const graph = new EstateGraph(new InventoryIndex(e.all));
    const db = riskOf(byId('aws-rds-instance-storage-encrypted'), e.db, graph.facts(e.db));
    const devVpc = assetOf('aws.ec2.vpc', secureVpc, { name: 'dev', tags: { env: 'dev' } });
    const vpc = riskOf(byId('aws-ec2-vpc-flow-logs-enabled'), devVpc, graph.facts(devVpc));
    expect(db.score).toBeGreaterThan(vpc.score);
    expect(db.factors.map((f) => f.name)).toEqual([
      'severity',
      'exposure',
      'data-sensitivity',
      'environment',
    ]);
    expect(vpc.factors.map((f) => [f.name, f.contribution])).toEqual([
      ['severity', 25],
      ['environment', -10],
    ]);
  });

  it('shares one frozen Risk between results with the same contributions', () => {
    const a = riskOf(rule('low'), asset({ environment: 'staging' }));
    const b = riskOf(rule('low'), asset({ environment: 'staging', owner: 'someone else' }));
    expect(a).toBe(b);
    expect(Object.isFrozen(a) && Object.isFrozen(a.factors)).toBe(true);
    expect(riskOf(rule('low'), asset({ environment: 'test' }))).not.toBe(a);
  });
});
