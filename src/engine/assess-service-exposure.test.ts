/**
 * A publicly reachable Redshift cluster or DB cluster gets the same exposure context in its risk as a
 * publicly accessible RDS instance: the engine keeps them for the graph and scores their failures
 * with the path; a private one gets no exposure from the graph.
 */
import { describe, expect, it } from 'vitest';
import type { AnyAsset } from '../model/asset.js';
import { secureRedshiftCluster } from '../rules/aws/testing/analytics-fixtures.js';
import { secureDbCluster } from '../rules/aws/testing/db-fixtures.js';
import { exposedEstate, IDS, UIDS } from '../rules/aws/testing/network-fixtures.js';
import { assetOf } from '../rules/testing/builders.js';
import { ALL_RULES } from '../rules/index.js';
import type { ImportEvent } from '../sources/import/types.js';
import { assess, type AssessedAsset } from './assess.js';

const ACCOUNT = '111122223333';
const sgOpenOn = (port: number) => [
  {
    protocol: 'tcp',
    fromPort: port,
    toPort: port,
    ipv4Ranges: ['0.0.0.0/0'],
    ipv6Ranges: [],
    securityGroups: [],
    prefixListIds: [],
  },
];

function toEvent(a: AnyAsset): ImportEvent {
  return {
    kind: 'candidate',
    type: a.type,
    candidate: { ...a, source: { kind: 'import', format: 'test', file: 'estate.json' } },
  };
}

async function resultsOf(assets: AnyAsset[]) {
  const written: AssessedAsset[] = [];
  async function* events(): AsyncGenerator<ImportEvent[]> {
    yield await Promise.resolve(assets.map(toEvent));
  }
  const assessment = await assess(
    events(),
    { rules: ALL_RULES, now: new Date('2026-06-01T00:00:00Z') },
    { write: (b) => void written.push(...b) },
  );
  return { assessment, results: written.flatMap((w) => w.results) };
}

const exposureDetail = (results: Awaited<ReturnType<typeof resultsOf>>['results'], ruleId: string) =>
  results
    .find((r) => r.ruleId === ruleId && r.status === 'fail')
    ?.risk?.factors.find((f) => f.name === 'exposure');

describe('assess: exposure context of AWS data services', () => {
  const redshift = (publiclyAccessible: boolean) =>
    assetOf(
      'aws.redshift.cluster',
      { ...secureRedshiftCluster, publiclyAccessible, encrypted: false, kmsKeyId: null },
      {
        uid: `arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:warehouse`,
        name: 'warehouse',
        relations: [{ kind: 'uses-security-group', target: UIDS.sg }],
      },
    );

  it('scores a public Redshift cluster behind an open group as the RDS instance beside it: exposed, with the path', async () => {
    const e = exposedEstate({ sgIngress: sgOpenOn(5439), db: { publiclyAccessible: true } });
    const { assessment, results } = await resultsOf([...e.all, redshift(true)]);
    const cluster = exposureDetail(results, 'aws-redshift-cluster-not-public');
    const db = exposureDetail(results, 'aws-rds-instance-not-public');
    expect(cluster).toEqual({
      name: 'exposure',
      contribution: 20,
      detail: `reachable from the internet: internet → warehouse via ${IDS.sg}:5439`,
    });
    expect(db?.contribution).toBe(cluster?.contribution);
    expect(db?.detail).toBe(`reachable from the internet: internet → orders via ${IDS.sg}:5439`);
    // A finding the rule itself does not call an exposure finding gets the path as well.
    expect(exposureDetail(results, 'aws-redshift-cluster-encrypted')?.detail).toBe(cluster?.detail);
    expect(assessment.graph?.exposed).toBeGreaterThanOrEqual(3); // instance, RDS instance, cluster
  });

  it('gives a private one no exposure from the graph', async () => {
    const e = exposedEstate({ sgIngress: sgOpenOn(5439) });
    const { results } = await resultsOf([...e.all, redshift(false)]);
    const unencrypted = results.find((r) => r.ruleId === 'aws-redshift-cluster-encrypted');
    expect(unencrypted?.status).toBe('fail');
    expect(unencrypted?.risk?.factors.map((f) => f.name)).not.toContain('exposure');
  });

  it('scores an Aurora cluster through its publicly accessible member instance', async () => {
    const e = exposedEstate({ sgIngress: sgOpenOn(5432), db: { publiclyAccessible: true } });
    const cluster = assetOf(
      'aws.rds.db-cluster',
      { ...secureDbCluster, members: ['orders'], deletionProtection: false },
      {
        uid: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`,
        name: 'orders-cluster',
        relations: [{ kind: 'uses-security-group', target: UIDS.sg }],
      },
    );
    const { results } = await resultsOf([...e.all, cluster]);
    expect(exposureDetail(results, 'aws-rds-cluster-deletion-protection-enabled')?.detail).toBe(
      `reachable from the internet: internet → orders via ${IDS.sg}:5432`,
    );
  });
});
