/**
 * The AWS Backup plan/selection and DMS endpoint/task mappers (backup.ts, dms.ts) over both spellings
 * of a configuration item — the snapshot file's (configuration as an object) and the API's
 * (configuration as JSON text) — and what a selection record that names nothing means.
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
  'backup-data-config-snapshot.json',
);
const work = mkdtempSync(join(tmpdir(), 'parapet-backup-mappers-'));
const TYPES = new Set([
  'aws.backup.plan',
  'aws.backup.selection',
  'aws.dms.endpoint',
  'aws.dms.replication-task',
]);

type Item = Record<string, unknown> & { awsAccountId: string; ARN?: string; configuration: unknown };

function write(name: string, items: unknown[]): string {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify({ configurationItems: items }));
  return path;
}

const fileItems = () =>
  (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { configurationItems: Item[] }).configurationItems;

/** The snapshot's items as `aws configservice get-resource-config-history` prints them. */
const apiSpelling = () =>
  write(
    'api.json',
    fileItems().map(({ awsAccountId, ARN, configuration, configurationItemVersion, ...rest }) => ({
      ...rest,
      version: configurationItemVersion,
      accountId: awsAccountId,
      ...(ARN === undefined ? {} : { arn: ARN }),
      configuration: JSON.stringify(configuration),
      supplementaryConfiguration: {},
    })),
  );

async function load(path: string): Promise<AnyAsset[]> {
  const assets: AnyAsset[] = [];
  for await (const ev of importPaths([path])) {
    if (ev.kind === 'diagnostic') throw new Error(`${ev.file}: ${ev.message}`);
    if (ev.kind !== 'candidate' || !TYPES.has(ev.type)) continue;
    const built = buildAsset(assetTypeDef(ev.type)!, ev.candidate);
    expect(built.warnings).toEqual([]);
    assets.push(built.asset);
  }
  return assets.sort((a, b) => a.uid.localeCompare(b.uid));
}

const byName = (assets: AnyAsset[], name: string) => assets.find((a) => a.name === name)?.config;

describe('AWS Config backup plan, backup selection, DMS endpoint and task records', () => {
  it('map to the same assets from the snapshot file and from API-spelled items', async () => {
    const fromFile = await load(SNAPSHOT);
    const shape = (assets: AnyAsset[]) =>
      assets.map((a) => ({ uid: a.uid, type: a.type, name: a.name, config: a.config }));
    expect(fromFile).toHaveLength(2 + 3 + 3 + 1);
    expect(shape(await load(apiSpelling()))).toEqual(shape(fromFile));
    expect(byName(fromFile, 'daily')).toEqual({
      planId: 'plan-daily',
      rules: [
        {
          ruleName: 'daily-rule',
          scheduleExpression: 'cron(0 5 ? * * *)',
          targetBackupVault: 'Default',
          deleteAfterDays: 35,
          enableContinuousBackup: false,
        },
      ],
    });
    // Unset lists are left out of the record; the tag key loses its aws:ResourceTag/ prefix.
    expect(byName(fromFile, 'tagged-daily')).toEqual({
      planId: 'plan-daily',
      selectionId: 'sel-tagged',
      criteria: {
        resources: ['*'],
        notResources: [],
        listOfTags: [],
        conditions: {
          stringEquals: [{ key: 'backup', value: 'daily' }],
          stringNotEquals: [],
          stringLike: [],
          stringNotLike: [],
        },
      },
    });
    expect(byName(fromFile, 'orders-source')).toEqual({
      endpointType: 'source',
      engineName: 'postgres',
      sslMode: 'none',
    });
    expect(byName(fromFile, 'orders-cdc')).toEqual({
      loggingEnabled: true,
      logComponents: {
        SOURCE_UNLOAD: 'LOGGER_SEVERITY_DEFAULT',
        SOURCE_CAPTURE: 'LOGGER_SEVERITY_DEBUG',
        TARGET_LOAD: 'LOGGER_SEVERITY_DEFAULT',
        TARGET_APPLY: 'LOGGER_SEVERITY_WARNING',
      },
    });
  });

  it('leaves a selection that names nothing, and a task without settings, unknown', async () => {
    const [selection, task] = fileItems().filter(
      (i) => i.resourceId === 'sel-volumes' || i.resourceId === 'ORDERSCDC',
    );
    const bare = write('bare.json', [
      {
        ...selection,
        configuration: {
          BackupPlanId: 'plan-daily',
          SelectionId: 'sel-volumes',
          BackupSelection: { SelectionName: 'all-volumes', IamRoleArn: 'arn:aws:iam::111122223333:role/b' },
        },
      },
      { ...task, configuration: { ReplicationTaskIdentifier: 'orders-cdc' } },
    ]);
    const assets = await load(bare);
    expect(byName(assets, 'all-volumes')?.criteria).toEqual({
      $unknown: expect.stringContaining(
        'none of BackupSelection.Resources, ListOfTags or Conditions',
      ) as unknown,
    });
    expect(byName(assets, 'orders-cdc')?.logComponents).toEqual({
      $unknown: expect.stringContaining('ReplicationTaskSettings') as unknown,
    });
  });
});
