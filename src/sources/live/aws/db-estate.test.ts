/**
 * DB clusters (Aurora, DocumentDB, Neptune), cluster snapshots, RDS event subscriptions and Classic Load
 * Balancers: a live scan with the real SDK clients against the loopback replay server judges them as
 * importing the equivalent AWS Config snapshot does, and knows what AWS Config does not record (Classic
 * Load Balancer attributes). Cluster listings follow pagination; a denied attributes call is a gap.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION } from './testing/estate.js';
import { findingsOf, importScan, liveScan, type ScanFinding } from './testing/live-scan.js';
import type { Recording } from './testing/replay-server.js';

const SNAPSHOT = join(import.meta.dirname, 'fixtures', 'db-estate-config-snapshot.json');
const TYPES = new Set([
  'aws.rds.db-cluster',
  'aws.rds.db-cluster-snapshot',
  'aws.rds.event-subscription',
  'aws.elb.load-balancer',
]);
/** What AWS Config cannot tell about a Classic Load Balancer. */
const CLASSIC_ATTRIBUTE_RULES = [
  'aws-elb-load-balancer-access-logs-enabled',
  'aws-elb-load-balancer-connection-draining-enabled',
  'aws-elb-load-balancer-cross-zone-enabled',
  'aws-elb-load-balancer-desync-mitigation-defensive',
];

/** The live scan of REGION only, its findings on these types. */
async function liveFindings(extra: Recording[] = []) {
  const live = await liveScan(extra, { args: ['--regions', REGION] });
  return { findings: findingsOf(live, TYPES), server: live.server };
}

const verdicts = (findings: ScanFinding[]) =>
  findings.map((f) => `${f.status} ${f.ruleId} ${f.resource.uid.split(':').slice(5).join(':')}`).sort();

describe('DB clusters, cluster snapshots, event subscriptions and Classic LBs, live and imported', () => {
  it('judges them as importing the AWS Config snapshot does, and adds the Classic LB attributes', async () => {
    const imported = findingsOf(await importScan(SNAPSHOT), TYPES);
    const { findings: live, server: s } = await liveFindings();
    expect(s.unmatched).toEqual([]);
    // Both pages of clusters were read.
    expect(
      s.requests.filter((r) => r.operation === 'DescribeDBClusters' && r.region === REGION),
    ).toHaveLength(2);
    // The PostgreSQL instance's parameter group, read through both pages to find rds.force_ssl.
    expect(s.requests.filter((r) => r.operation === 'DescribeDBParameters')).toHaveLength(2);
    const liveById = new Map(live.map((f) => [f.id, f]));
    const judged = imported.filter((f) => f.status !== 'error');
    expect(judged.length).toBeGreaterThan(10);
    for (const f of judged) {
      const l = liveById.get(f.id);
      expect(l, `${f.ruleId} ${f.resource.uid}`).toBeDefined();
      expect({ status: l?.status, message: l?.message }).toEqual({ status: f.status, message: f.message });
    }
    // Import cannot tell only the Classic LB attributes; the live scan knows them.
    expect(
      imported
        .filter((f) => f.status === 'error')
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(CLASSIC_ATTRIBUTE_RULES);
    expect(live.filter((f) => f.status === 'error')).toEqual([]);
    expect(live).toHaveLength(imported.length);
    expect(verdicts(live.filter((f) => f.status === 'fail'))).toEqual([
      'fail aws-docdb-cluster-audit-logs-exported cluster:catalog',
      'fail aws-docdb-cluster-backup-retention-7-days cluster:catalog',
      'fail aws-docdb-cluster-deletion-protection-enabled cluster:catalog',
      'fail aws-docdb-cluster-snapshot-not-public cluster-snapshot:catalog-manual',
      'fail aws-elb-load-balancer-access-logs-enabled loadbalancer/legacy',
      'fail aws-elb-load-balancer-connection-draining-enabled loadbalancer/legacy',
      'fail aws-elb-load-balancer-desync-mitigation-defensive loadbalancer/legacy',
      'fail aws-elb-load-balancer-https-uses-acm-certificate loadbalancer/legacy',
      'fail aws-elb-load-balancer-listeners-use-tls loadbalancer/legacy',
      'fail aws-elb-load-balancer-multiple-availability-zones loadbalancer/legacy',
      'fail aws-neptune-cluster-copy-tags-to-snapshots cluster:graph',
      'fail aws-neptune-cluster-multi-az-enabled cluster:graph',
      'fail aws-neptune-cluster-snapshot-encrypted cluster-snapshot:graph-manual',
      'fail aws-rds-cluster-aurora-mysql-audit-logs-exported cluster:carts',
      'fail aws-rds-cluster-aurora-mysql-backtracking-enabled cluster:carts',
      'fail aws-rds-cluster-copy-tags-to-snapshots cluster:carts',
      'fail aws-rds-cluster-custom-admin-username cluster:carts',
      'fail aws-rds-cluster-deletion-protection-enabled cluster:carts',
      'fail aws-rds-cluster-iam-authentication-enabled cluster:carts',
      'fail aws-rds-cluster-multi-az-enabled cluster:carts',
      'fail aws-rds-cluster-snapshot-encrypted cluster-snapshot:rds:carts-2026-05-31',
      'fail aws-rds-cluster-storage-encrypted cluster:carts',
      'fail aws-rds-event-subscription-instance-critical-events es:db-alerts',
      'fail aws-rds-event-subscription-parameter-group-critical-events es:params',
    ]);
    const message = (ruleId: string) => live.find((f) => f.ruleId === ruleId)?.message;
    expect(message('aws-elb-load-balancer-listeners-use-tls')).toBe(
      'Classic Load Balancer legacy has plaintext listener(s) on HTTP:80',
    );
    expect(message('aws-rds-event-subscription-instance-critical-events')).toBe(
      'RDS event subscription db-alerts for db-instance events does not notify on maintenance, configuration change',
    );
  });

  it('records denied attribute calls (cluster snapshot, Classic LB) as gaps on the fields they fill only', async () => {
    const { findings } = await liveFindings([
      {
        service: 'rds',
        operation: 'DescribeDBClusterSnapshotAttributes',
        region: REGION,
        error: { status: 403, code: 'AccessDenied', message: 'not allowed' },
      },
      {
        service: 'elb',
        operation: 'DescribeLoadBalancerAttributes',
        region: REGION,
        error: { status: 403, code: 'AccessDenied', message: 'not allowed' },
      },
    ]);
    const errors = verdicts(findings.filter((f) => f.status === 'error'));
    expect(errors).toEqual(
      [
        ...CLASSIC_ATTRIBUTE_RULES.map((r) => `error ${r} loadbalancer/legacy`),
        'error aws-docdb-cluster-snapshot-not-public cluster-snapshot:catalog-manual',
        'error aws-neptune-cluster-snapshot-not-public cluster-snapshot:graph-manual',
      ].sort(),
    );
    const snapshot = findings.find((f) => f.ruleId === 'aws-docdb-cluster-snapshot-not-public');
    expect(snapshot?.message).toMatch(/rds:DescribeDBClusterSnapshotAttributes.*AccessDenied/);
    // The rest of the snapshot is still judged.
    expect(findings.find((f) => f.ruleId === 'aws-neptune-cluster-snapshot-encrypted')?.status).toBe('fail');
  });
});
