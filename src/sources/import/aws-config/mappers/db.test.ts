/**
 * The DB cluster, cluster snapshot, event subscription and Classic Load Balancer mappers (rds.ts,
 * elb.ts) over both spellings of a configuration item: the snapshot file's (`awsAccountId`, `ARN`,
 * configuration as an object) and the API's (`accountId`, `arn`, configuration and supplementary values
 * as JSON text), and over both key spellings of AWS Config's cluster records.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset } from '../../../../model/asset.js';
import { importPaths } from '../../index.js';

const SNAPSHOT = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'live',
  'aws',
  'fixtures',
  'db-estate-config-snapshot.json',
);
const work = mkdtempSync(join(tmpdir(), 'parapet-db-mappers-'));

interface FileItem {
  awsAccountId: string;
  ARN?: string;
  configuration: Record<string, unknown>;
  supplementaryConfiguration: Record<string, unknown>;
  [k: string]: unknown;
}

/** The snapshot's items as `aws configservice get-resource-config-history` prints them. */
function apiSpelling(): string {
  const doc = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { configurationItems: FileItem[] };
  const items = doc.configurationItems.map(
    ({
      awsAccountId,
      ARN,
      configuration,
      supplementaryConfiguration,
      configurationItemVersion,
      ...rest
    }) => ({
      ...rest,
      version: configurationItemVersion,
      accountId: awsAccountId,
      ...(ARN === undefined ? {} : { arn: ARN }),
      configuration: JSON.stringify(configuration),
      supplementaryConfiguration: Object.fromEntries(
        Object.entries(supplementaryConfiguration).map(([k, v]) => [k, JSON.stringify(v)]),
      ),
    }),
  );
  const path = join(work, 'api-items.json');
  writeFileSync(path, JSON.stringify({ configurationItems: items }));
  return path;
}

async function load(path: string): Promise<AnyAsset[]> {
  const assets: AnyAsset[] = [];
  for await (const ev of importPaths([path])) {
    if (ev.kind === 'diagnostic') throw new Error(`${ev.file}: ${ev.message}`);
    // Every import also describes the account its records came from.
    if (ev.kind !== 'candidate' || ev.type === 'aws.account') continue;
    const built = buildAsset(assetTypeDef(ev.type)!, ev.candidate);
    expect(built.warnings).toEqual([]);
    assets.push(built.asset);
  }
  return assets;
}

const byName = (assets: AnyAsset[], name: string) => {
  const a = assets.find((x) => x.name === name);
  if (a === undefined) throw new Error(`no asset ${name}`);
  return a;
};

describe('AWS Config DB cluster, cluster snapshot, event subscription and Classic LB records', () => {
  it('map to the same assets from the snapshot file and from API-spelled items', async () => {
    const fromFile = await load(SNAPSHOT);
    const fromApi = await load(apiSpelling());
    expect(fromFile.map((a) => a.type).sort()).toEqual(
      [
        ...Array<string>(3).fill('aws.rds.db-cluster'),
        ...Array<string>(3).fill('aws.rds.db-cluster-snapshot'),
        ...Array<string>(3).fill('aws.rds.event-subscription'),
        'aws.elb.load-balancer',
      ].sort(),
    );
    const shape = (assets: AnyAsset[]) =>
      assets
        .map((a) => ({ uid: a.uid, type: a.type, name: a.name, config: a.config }))
        .sort((x, y) => x.uid.localeCompare(y.uid));
    expect(shape(fromApi)).toEqual(shape(fromFile));
  });

  it('reads both key spellings of a cluster and knows what the API leaves out', async () => {
    const assets = await load(SNAPSHOT);
    // carts is written in the resource schema's spelling (dbclusterIdentifier, iamdatabase...).
    expect(byName(assets, 'carts').config).toMatchObject({
      dbClusterIdentifier: 'carts',
      engine: 'aurora-mysql',
      iamDatabaseAuthenticationEnabled: false,
      members: ['carts-1'],
      backtrackWindow: null,
      autoMinorVersionUpgrade: null,
      availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
      kmsKeyId: null,
    });
    expect(byName(assets, 'graph').config).toMatchObject({
      engine: 'neptune',
      iamDatabaseAuthenticationEnabled: true,
    });
    expect(byName(assets, 'catalog-manual').config).toMatchObject({ restoreAttributeValues: ['all'] });
    // Automated snapshots cannot be shared, so they need no attribute record.
    expect(byName(assets, 'rds:carts-2026-05-31').config).toMatchObject({ restoreAttributeValues: [] });
    expect(byName(assets, 'cluster-alerts').config).toMatchObject({
      sourceType: 'db-cluster',
      eventCategories: [],
    });
    const legacy = byName(assets, 'legacy');
    expect(legacy.uid).toBe('arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/legacy');
    expect(legacy.config).toMatchObject({
      vpcId: 'vpc-0e1',
      availabilityZones: ['eu-west-1a'],
      listeners: [
        { protocol: 'HTTP', loadBalancerPort: 80, sslCertificateId: null },
        {
          protocol: 'HTTPS',
          loadBalancerPort: 443,
          sslCertificateId: 'arn:aws:iam::111122223333:server-certificate/old-shop',
        },
      ],
      connectionDrainingEnabled: { $unknown: expect.stringContaining('does not record') as unknown },
      desyncMitigationMode: { $unknown: expect.stringContaining('does not record') as unknown },
    });
  });

  it('makes a gap of what a record lacks where the API always says it', async () => {
    const path = join(work, 'partial.json');
    writeFileSync(
      path,
      JSON.stringify({
        configurationItems: [
          {
            configurationItemVersion: '1.3',
            awsAccountId: '111122223333',
            configurationItemStatus: 'OK',
            resourceType: 'AWS::RDS::DBCluster',
            resourceId: 'cluster-LEDGER',
            resourceName: 'ledger',
            awsRegion: 'eu-west-1',
            // A Multi-AZ DB cluster carries autoMinorVersionUpgrade; this record has lost it and more.
            configuration: { dBClusterIdentifier: 'ledger', engine: 'postgres', storageEncrypted: false },
          },
        ],
      }),
    );
    const [ledger] = await load(path);
    expect(ledger?.uid).toBe('arn:aws:rds:eu-west-1:111122223333:cluster:ledger');
    expect(ledger?.config).toMatchObject({
      kmsKeyId: null,
      autoMinorVersionUpgrade: { $unknown: expect.stringContaining('autoMinorVersionUpgrade') as unknown },
      enabledCloudwatchLogsExports: {
        $unknown: expect.stringContaining('enabledCloudwatchLogsExports') as unknown,
      },
      multiAZ: { $unknown: expect.stringContaining('multiAZ') as unknown },
    });
  });
});
