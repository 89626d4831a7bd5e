/**
 * The analytics, ML, build and migration services (OpenSearch/Elasticsearch, Redshift, SageMaker,
 * CodeBuild, DMS, MSK): the live collectors, with the real SDK clients against the loopback replay
 * server, judge the estate exactly as importing its AWS Config snapshot does; the Config mappers read
 * both the CloudFormation (PascalCase) and the API (camelCase) spellings; secrets in CodeBuild
 * projects never reach the inventory or the output; a denied call is a gap, not a verdict.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../inventory/build.js';
import { assetTypeDef } from '../../../inventory/types.js';
import type { AnyAsset } from '../../../model/asset.js';
import { importPaths } from '../../import/index.js';
import { REGION } from './testing/estate.js';
import { importScan, liveScan, type ScanDoc } from './testing/live-scan.js';

const SNAPSHOT = join(import.meta.dirname, 'fixtures', 'analytics-config-snapshot.json');
/** Rules of the services both sources read (ElastiCache is read live only). */
const SERVICES = /^aws-(opensearch|redshift|sagemaker|codebuild-project|dms|msk)-/;
/** Judged live only: AWS Config does not record parameter values (see backup-data.test.ts). */
const LIVE_ONLY = new Set(['aws-redshift-cluster-ssl-required']);
const SECRETS = ['hunter2', 'AKIAEXAMPLEKEY', 'wJalrXUtnFEMI'];

const mine = (doc: ScanDoc) =>
  new Map(
    doc.findings
      .filter((f) => SERVICES.test(f.ruleId) && !LIVE_ONLY.has(f.ruleId))
      .map((f) => [f.id, { rule: f.ruleId, uid: f.resource.uid, status: f.status, message: f.message }]),
  );

describe('analytics services: live collection and AWS Config import', () => {
  it('give the same findings for the same estate', async () => {
    const fromImport = mine((await importScan(SNAPSHOT)).doc);
    const { doc, server: s } = await liveScan();
    expect(s.unmatched).toEqual([]);
    const fromLive = mine(doc);
    expect(fromImport.size).toBeGreaterThan(50);
    expect([...fromLive.entries()].sort()).toEqual([...fromImport.entries()].sort());
    // Nothing is unknown: every rule was judged from what both sources read.
    expect([...fromLive.values()].filter((f) => f.status === 'error')).toEqual([]);
    // Each of the 32 rules judged at least one resource, and failed on the insecure one.
    const failing = new Set([...fromLive.values()].filter((f) => f.status === 'fail').map((f) => f.rule));
    expect(failing.size).toBe(32);
  });

  it("judges ElastiCache live (AWS Config does not record it), the group by its member clusters' version", async () => {
    const { doc } = await liveScan();
    const verdicts = doc.findings
      .filter((f) => f.ruleId.startsWith('aws-elasticache-'))
      .map((f) => `${f.status} ${f.ruleId} ${f.resource.uid.split(':').slice(5).join(':')}`)
      .sort();
    expect(verdicts).toEqual([
      'fail aws-elasticache-cluster-auto-minor-upgrade-enabled cluster:sessions-001',
      'fail aws-elasticache-cluster-no-default-subnet-group cluster:sessions-001',
      'fail aws-elasticache-replication-group-automatic-failover-enabled replicationgroup:sessions',
      'fail aws-elasticache-replication-group-backups-enabled replicationgroup:sessions',
      'fail aws-elasticache-replication-group-encrypted-at-rest replicationgroup:sessions',
      'fail aws-elasticache-replication-group-encrypted-in-transit replicationgroup:sessions',
      'fail aws-elasticache-replication-group-redis-auth-enabled replicationgroup:sessions',
      'pass aws-elasticache-cluster-auto-minor-upgrade-enabled cluster:pages',
      'pass aws-elasticache-cluster-no-default-subnet-group cluster:pages',
    ]);
  });

  it('judges EMR live: block public access per region, primary node public IPs', async () => {
    const { doc } = await liveScan();
    const verdicts = doc.findings
      .filter((f) => f.ruleId.startsWith('aws-emr-'))
      .map((f) => `${f.status} ${f.ruleId} ${f.resource.uid.split(':').slice(3).join(':')}`)
      .sort();
    expect(verdicts).toEqual([
      'fail aws-emr-block-public-access-enabled eu-west-1:111122223333:block-public-access-configuration',
      'fail aws-emr-cluster-primary-node-no-public-ip eu-west-1:111122223333:cluster/j-2AXXXXXXGAPLF',
      'pass aws-emr-block-public-access-enabled us-east-1:111122223333:block-public-access-configuration',
    ]);
    expect(doc.findings.find((f) => f.ruleId === 'aws-emr-cluster-primary-node-no-public-ip')?.message).toBe(
      'EMR cluster etl has a primary node with public IP address 203.0.113.9',
    );
  });

  it('follows pagination and retries throttling', async () => {
    const { server: s } = await liveScan();
    const inRegion = (op: string, service?: string) =>
      s.requests.filter(
        (r) => r.operation === op && r.region === REGION && (service === undefined || r.service === service),
      );
    expect(inRegion('ListProjects')).toHaveLength(2);
    expect(inRegion('DescribeClusters', 'redshift')).toHaveLength(2);
    // The OpenSearch API takes up to five names a call: one DescribeDomains for both domains.
    expect(inRegion('DescribeDomains')).toHaveLength(1);
    expect(inRegion('DescribeDomains')[0]?.params.DomainNames).toEqual(['legacy-logs', 'search']);
  });

  it('keeps CodeBuild secrets out of the output, live and imported', async () => {
    const { stdout } = await liveScan();
    const imported = await importScan(SNAPSHOT);
    for (const text of [stdout, imported.stdout]) {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(text).toContain('https://***@bitbucket.org/example/deploy.git');
    }
  });

  it('records a denied call as a gap: the affected result is error, with the reason', async () => {
    const { doc } = await liveScan([
      {
        service: 'redshift',
        operation: 'DescribeLoggingStatus',
        error: { status: 403, code: 'AccessDenied', message: 'not allowed' },
      },
    ]);
    const audit = doc.findings.filter((f) => f.ruleId === 'aws-redshift-cluster-audit-logging-enabled');
    expect(audit.map((f) => f.status)).toEqual(['error', 'error']);
    expect(audit[0]?.message).toMatch(/redshift:DescribeLoggingStatus was denied in account 111122223333/);
    // The rest of each cluster is still judged.
    expect(
      doc.findings.find(
        (f) =>
          f.ruleId === 'aws-redshift-cluster-not-public' && f.resource.uid.endsWith(':cluster:warehouse'),
      )?.status,
    ).toBe('fail');
  });
});

describe('analytics services: AWS Config mappers', () => {
  async function assets(): Promise<{ assets: AnyAsset[]; warnings: string[] }> {
    const out: AnyAsset[] = [];
    const warnings: string[] = [];
    for await (const ev of importPaths([SNAPSHOT])) {
      if (ev.kind === 'diagnostic') warnings.push(ev.message);
      if (ev.kind !== 'candidate') continue;
      const built = buildAsset(assetTypeDef(ev.type)!, ev.candidate);
      out.push(built.asset);
      warnings.push(...built.warnings);
    }
    return { assets: out, warnings };
  }
  const named = (list: AnyAsset[], name: string) => list.find((a) => a.name === name)!;

  it('read the Elasticsearch (camelCase) and OpenSearch (PascalCase) spellings to one type', async () => {
    const { assets: list, warnings } = await assets();
    expect(warnings).toEqual([]);
    const legacy = named(list, 'legacy-logs');
    expect(legacy.type).toBe('aws.opensearch.domain');
    expect(legacy.config).toMatchObject({
      engineVersion: 'Elasticsearch_7.10',
      vpcSubnetIds: [],
      encryptionAtRest: false,
      kmsKeyId: null,
      tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07',
      enabledLogTypes: [],
      instanceCount: 1,
      dedicatedMasterCount: null,
      softwareUpdateAvailable: true,
    });
    const search = named(list, 'search');
    expect(search.config).toMatchObject({
      engineVersion: 'OpenSearch_2.13',
      vpcSubnetIds: ['subnet-0s1'],
      enabledLogTypes: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'],
      dedicatedMasterCount: 3,
      fineGrainedAccessControl: true,
    });
    expect(search.relations).toContainEqual({
      kind: 'encrypted-by',
      target: expect.stringContaining(':key/') as unknown,
    });
  });

  it('mask CodeBuild source credentials and drop environment variable values', async () => {
    const { assets: list } = await assets();
    const deploy = named(list, 'deploy');
    expect(deploy.config.sources).toEqual([
      { type: 'BITBUCKET', location: 'https://***@bitbucket.org/example/deploy.git', credentialsInUrl: true },
    ]);
    expect(deploy.config.environmentVariables).toEqual([
      { name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT' },
      { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT' },
    ]);
    expect(JSON.stringify(list)).not.toMatch(/hunter2|AKIAEXAMPLEKEY|wJalrXUtnFEMI/);
  });

  it('record what a record lacks as unknown, with the reason', async () => {
    const { mapRedshiftCluster } = await import('../../import/aws-config/mappers/redshift.js');
    const [m] = mapRedshiftCluster(
      {
        resourceType: 'AWS::Redshift::Cluster',
        resourceId: 'bare',
        accountId: '111122223333',
        region: REGION,
        tags: {},
        relationships: [],
        configuration: { clusterIdentifier: 'bare', publiclyAccessible: false },
        supplementary: undefined,
      },
      { kind: 'import', format: 'aws-config', position: 'test' },
    );
    expect(m?.candidate.config).toMatchObject({
      publiclyAccessible: false,
      enhancedVpcRouting: { $unknown: 'the AWS Config record has no configuration.enhancedVpcRouting' },
      auditLoggingEnabled: {
        $unknown: 'the AWS Config record has no supplementaryConfiguration (not selected or not recorded)',
      },
    });
  });
});
