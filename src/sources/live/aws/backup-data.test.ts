/**
 * AWS Backup plan coverage (RDS.26, DynamoDB.4, EC2.28, EFS.2), DynamoDB capacity scaling, DAX, DMS
 * endpoint SSL and task logging, and Redshift's require_ssl: a
 * live scan with the real SDK clients against the loopback replay server judges the estate as importing
 * the equivalent AWS Config snapshot does, and knows what AWS Config does not record (Application Auto
 * Scaling targets, DAX clusters, FSx file systems, Redshift parameter values). Plans are listed over two pages; a denied selection read is a gap.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { backupDataRecordings } from './testing/backup-data-estate.js';
import { ACCESS_KEY, estateRecordings, REGION } from './testing/estate.js';
import { ReplayServer, type Recording } from './testing/replay-server.js';

const SNAPSHOT = join(import.meta.dirname, 'fixtures', 'backup-data-config-snapshot.json');
const AT = '2026-06-01T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'parapet-aws-backup-'));
const RULES = new Set([
  'aws-rds-instance-in-backup-plan',
  'aws-dynamodb-table-in-backup-plan',
  'aws-ec2-volume-in-backup-plan',
  'aws-efs-file-system-in-backup-plan',
  'aws-dynamodb-table-capacity-scales',
  'aws-dax-cluster-encrypted-at-rest',
  'aws-dax-cluster-encrypted-in-transit',
  'aws-redshift-cluster-ssl-required',
  'aws-dms-endpoint-ssl-enabled',
  'aws-dms-replication-task-source-logging-enabled',
  'aws-dms-replication-task-target-logging-enabled',
  'aws-fsx-openzfs-copy-tags-enabled',
]);

interface Finding {
  id: string;
  ruleId: string;
  status: string;
  message: string;
  resource: { uid: string; type: string; name: string };
}

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function parapet(args: string[]): Promise<Finding[]> {
  const io = memoryIo(
    {
      NO_COLOR: '1',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'replay-secret',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    work,
  );
  const code = await main(
    [...args, '--no-store', '--no-progress', '--format', 'json', '--include-passed', '--at', AT],
    io,
  );
  expect(code, io.err()).toBe(0);
  return (JSON.parse(io.out()) as { findings: Finding[] }).findings.filter((f) => RULES.has(f.ruleId));
}

async function liveScan(extra: Recording[] = []) {
  server = new ReplayServer([...extra, ...backupDataRecordings(), ...estateRecordings()]);
  const url = await server.start();
  const findings = await parapet(['scan', '--aws', '--aws-endpoint-url', url, '--regions', REGION]);
  return { findings, server };
}

const verdicts = (findings: Finding[]) =>
  findings.map((f) => `${f.status} ${f.ruleId} ${f.resource.name}`).sort();

describe('backup plan coverage, DynamoDB scaling and DAX, live and imported', () => {
  it('judges plan coverage as importing the AWS Config snapshot does, and adds what Config lacks', async () => {
    const imported = await parapet(['scan', '--import', SNAPSHOT]);
    const { findings: live, server: s } = await liveScan();
    expect(s.unmatched).toEqual([]);
    expect(s.count('backup', 'ListBackupPlans')).toBe(2); // two pages
    expect(s.count('backup', 'GetBackupSelection')).toBe(3);
    const liveById = new Map(live.map((f) => [f.id, f]));
    const judged = imported.filter((f) => f.status !== 'error');
    expect(judged).toHaveLength(11);
    for (const f of judged) {
      const l = liveById.get(f.id);
      expect({ status: l?.status, message: l?.message }, `${f.ruleId} ${f.resource.name}`).toEqual({
        status: f.status,
        message: f.message,
      });
    }
    expect(verdicts(imported)).toEqual([
      'error aws-dynamodb-table-capacity-scales sessions',
      'fail aws-dms-endpoint-ssl-enabled orders-source',
      'fail aws-dms-replication-task-target-logging-enabled orders-cdc',
      'fail aws-dynamodb-table-in-backup-plan sessions',
      'fail aws-efs-file-system-in-backup-plan scratch',
      'fail aws-rds-instance-in-backup-plan orders',
      'pass aws-dms-endpoint-ssl-enabled warehouse-target',
      'pass aws-dms-replication-task-source-logging-enabled orders-cdc',
      'pass aws-dynamodb-table-capacity-scales orders',
      'pass aws-dynamodb-table-in-backup-plan orders',
      'pass aws-ec2-volume-in-backup-plan vol-0v1',
      'pass aws-efs-file-system-in-backup-plan shared',
    ]);
    // Live knows the scaling targets and the DAX clusters; nothing live is unknown.
    expect(live.filter((f) => f.status === 'error')).toEqual([]);
    expect(verdicts(live.filter((f) => !judged.some((j) => j.id === f.id)))).toEqual([
      'fail aws-dax-cluster-encrypted-at-rest legacy-cache',
      'fail aws-dax-cluster-encrypted-in-transit legacy-cache',
      'fail aws-dynamodb-table-capacity-scales sessions',
      'fail aws-fsx-openzfs-copy-tags-enabled home',
      'fail aws-redshift-cluster-ssl-required warehouse',
      'pass aws-dax-cluster-encrypted-at-rest cache',
      'pass aws-dax-cluster-encrypted-in-transit cache',
      'pass aws-redshift-cluster-ssl-required reporting',
    ]);
    const message = (rule: string, name: string) =>
      live.find((f) => f.ruleId === rule && f.resource.name === name)?.message;
    expect(message('aws-dynamodb-table-capacity-scales', 'sessions')).toBe(
      'DynamoDB table sessions has provisioned capacity without auto scaling for write',
    );
    expect(message('aws-dms-replication-task-target-logging-enabled', 'orders-cdc')).toBe(
      'DMS replication task orders-cdc does not log TARGET_APPLY (LOGGER_SEVERITY_WARNING) at LOGGER_SEVERITY_DEFAULT or more',
    );
    expect(message('aws-rds-instance-in-backup-plan', 'orders')).toBe(
      'DB instance orders is not selected by any AWS Backup plan',
    );
  });

  it('a denied selection read or table tags read leaves the verdicts it decides unknown, never a false fail', async () => {
    const { findings } = await liveScan([
      {
        service: 'backup',
        operation: 'GetBackupSelection',
        region: REGION,
        when: (p) => p.SelectionId === 'sel-rds',
        error: { status: 403, code: 'AccessDeniedException', message: 'not allowed' },
      },
      {
        service: 'dynamodb',
        operation: 'ListTagsOfResource',
        region: REGION,
        error: { status: 400, code: 'AccessDeniedException', message: 'not allowed' },
      },
    ]);
    const rds = findings.find((f) => f.ruleId === 'aws-rds-instance-in-backup-plan');
    expect(rds?.status).toBe('error');
    expect(rds?.message).toMatch(/rds-but-orders.*backup:GetBackupSelection.*AccessDenied/);
    // The tables' tags decide the tag-conditioned selection: unknown, not "not selected".
    const tables = findings.filter((f) => f.ruleId === 'aws-dynamodb-table-in-backup-plan');
    expect(tables.map((f) => f.status)).toEqual(['error', 'error']);
    // The volume is selected by ARN: still judged.
    expect(findings.find((f) => f.ruleId === 'aws-ec2-volume-in-backup-plan')?.status).toBe('pass');
  });
});
