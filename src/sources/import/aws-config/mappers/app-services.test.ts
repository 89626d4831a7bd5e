/**
 * The application-service mappers over the AWS Config API spelling (configuration as JSON text) and
 * over records that lack what the rules need: a gap with its reason, never a default. The snapshot
 * spelling of the same types is exercised by the live = import test (src/sources/live/aws).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset } from '../../../../model/asset.js';
import { importPaths } from '../../index.js';

const FILE = join(import.meta.dirname, '..', 'fixtures', 'app-services', 'api-items.json');
const SNAPSHOT = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'live',
  'aws',
  'fixtures',
  'app-services-config-snapshot.json',
);

async function load(file: string) {
  const assets: AnyAsset[] = [];
  const warnings: string[] = [];
  for await (const ev of importPaths([file])) {
    if (ev.kind !== 'candidate') continue;
    const def = assetTypeDef(ev.type);
    if (!def) throw new Error(`unknown type ${ev.type}`);
    const built = buildAsset(def, ev.candidate);
    assets.push(built.asset);
    warnings.push(...built.warnings);
  }
  return { assets, warnings };
}

const reason = (text: string): unknown => ({ $unknown: expect.stringContaining(text) as unknown });

describe('AWS Config application-service mappers', () => {
  it('reads the API spelling and records what the record lacks as gaps', async () => {
    const { assets, warnings } = await load(FILE);
    expect(warnings).toEqual([]);
    const byName = (name: string) => assets.find((a) => a.name === name)?.config;
    expect(byName('open-fn')).toEqual({
      packageType: 'Zip',
      runtime: 'nodejs18.x',
      subnetIds: [],
      tracingMode: 'PassThrough',
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'lambda:InvokeFunction' }],
      },
    });
    expect(byName('bare-fn')?.policy).toEqual(reason('no supplementaryConfiguration'));
    expect(byName('broken')).toEqual({
      kmsMasterKeyId: 'alias/aws/sqs',
      sqsManagedSseEnabled: false,
      policy: reason('configuration.Policy is not valid JSON'),
    });
    expect(byName('t1')).toEqual({
      billingMode: 'PROVISIONED',
      pointInTimeRecovery: reason('no supplementaryConfiguration'),
      deletionProtection: true,
      tagsRead: true,
      readCapacityAutoScaling: reason('does not record Application Auto Scaling targets'),
      writeCapacityAutoScaling: reason('does not record Application Auto Scaling targets'),
    });
    expect(byName('s1')).toMatchObject({
      rotationEnabled: true,
      rotationIntervalDays: 7,
      lastRotatedAt: reason('did not record configuration.LastRotatedDate'),
      createdAt: reason('did not record configuration.CreatedDate'),
    });
    expect(byName('ap')).toEqual({
      fileSystemId: 'fs-1',
      rootDirectoryPath: '/data',
      posixUser: { uid: '0', gid: '0' },
    });
    expect(byName('r1')).toEqual({
      scanOnPush: reason('no configuration'),
      scanFrequency: reason('does not record the registry scanning configuration'),
      imageTagMutability: reason('no configuration'),
      lifecyclePolicy: reason('no configuration'),
      encryptionType: reason('no configuration'),
    });
  });

  it('maps every item of the snapshot spelling to a typed asset, SSM document sharing as a gap', async () => {
    const { assets, warnings } = await load(SNAPSHOT);
    expect(warnings).toEqual([]);
    // Every item becomes one asset (the importer adds the account it saw).
    // 34 service items, and the two subnets of the VPC functions (Lambda.5 reads their zones).
    expect(assets.filter((a) => a.type !== 'aws.account')).toHaveLength(36);
    const doc = assets.find((a) => a.type === 'aws.ssm.document');
    expect(doc?.config).toMatchObject({
      sharedWith: reason('does not record who a document is shared with'),
    });
    const patch = assets.find(
      (a) =>
        a.type === 'aws.ssm.instance-compliance' &&
        (a.config as { complianceType: string }).complianceType === 'Patch',
    );
    expect(patch?.uid).toBe(
      'arn:aws:ssm:eu-west-1:111122223333:managed-instance/i-0aaa1111bbbb2222c/compliance/Patch',
    );
    expect(patch?.config).toMatchObject({
      instanceId: 'i-0aaa1111bbbb2222c',
      nonCompliantItems: ['KB5034441'],
    });
  });
});
