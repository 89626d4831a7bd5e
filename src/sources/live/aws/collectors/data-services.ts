/**
 * Data services in one region: ECR repositories (with whether a lifecycle policy exists), EFS file
 * systems (with their automatic backup policy) and access points, DynamoDB tables (with continuous
 * backups, tags and capacity auto scaling), AWS Backup recovery points, and Athena workgroups, each as the AWS Config item of its type.
 * A resource whose details cannot be read is still listed, with the unread fields as gaps.
 */
import { AthenaClient, GetWorkGroupCommand, paginateListWorkGroups } from '@aws-sdk/client-athena';
import {
  BackupClient,
  paginateListBackupVaults,
  paginateListRecoveryPointsByBackupVault,
  type RecoveryPointByBackupVault,
} from '@aws-sdk/client-backup';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTagsOfResourceCommand,
  paginateListTables,
  type Tag,
} from '@aws-sdk/client-dynamodb';
import { dynamoDbScaling } from './dynamodb-scaling.js';
import {
  BatchGetRepositoryScanningConfigurationCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  paginateDescribeRepositories,
  type Repository,
} from '@aws-sdk/client-ecr';
import {
  DescribeBackupPolicyCommand,
  EFSClient,
  paginateDescribeAccessPoints,
  paginateDescribeFileSystems,
  type AccessPointDescription,
  type FileSystemDescription,
} from '@aws-sdk/client-efs';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

export async function collectEcr(s: RegionScope): Promise<string[]> {
  const client = s.client('ecr', (c) => new ECRClient(c));
  const repos = await s.call('ecr', 'DescribeRepositories', async () => {
    const out: Repository[] = [];
    for await (const page of paginateDescribeRepositories({ client }, {}))
      out.push(...(page.repositories ?? []));
    return out;
  });
  if (!repos.ok) return [];
  const frequencies = await scanFrequencies(
    s,
    client,
    repos.value.map((r) => r.repositoryName ?? ''),
  );
  await Promise.all(
    repos.value.map(async (r) => {
      const repositoryName = r.repositoryName ?? '';
      const frequency = frequencies.get(repositoryName);
      const none = (code: string) => code === 'LifecyclePolicyNotFoundException';
      const lifecycle = await s.call(
        'ecr',
        'GetLifecyclePolicy',
        () => client.send(new GetLifecyclePolicyCommand({ repositoryName })),
        { quiet: (f) => none(f.code) },
      );
      const configuration: Record<string, unknown> = {
        RepositoryName: repositoryName,
        Arn: r.repositoryArn,
        ImageTagMutability: r.imageTagMutability,
        ImageScanningConfiguration: { ScanOnPush: r.imageScanningConfiguration?.scanOnPush === true },
        EncryptionConfiguration: configRecord(r.encryptionConfiguration ?? { encryptionType: 'AES256' }),
      };
      if (lifecycle.ok)
        configuration.LifecyclePolicy = {
          LifecyclePolicyText: lifecycle.value.lifecyclePolicyText,
          RegistryId: lifecycle.value.registryId,
        };
      s.item(
        {
          resourceType: 'AWS::ECR::Repository',
          resourceId: repositoryName,
          resourceName: repositoryName,
          ...(r.repositoryArn === undefined ? {} : { arn: r.repositoryArn }),
          awsRegion: s.region,
          configuration,
        },
        {
          ...(lifecycle.ok || none(lifecycle.failure.code) ? {} : { lifecyclePolicy: lifecycle.reason }),
          ...(typeof frequency === 'object' && frequency !== null ? { scanFrequency: frequency.reason } : {}),
        },
        // AWS Config does not record the registry's scanning rules; the live scan sets the result.
        typeof frequency === 'string' || frequency === null
          ? (config) => (config.scanFrequency = frequency)
          : undefined,
      );
    }),
  );
  return ['aws.ecr.repository'];
}

/**
 * The scan frequency that applies to each repository once the registry's scanning configuration is
 * taken into account (BatchGetRepositoryScanningConfiguration, 25 repositories a call).
 */
async function scanFrequencies(
  s: RegionScope,
  client: ECRClient,
  names: string[],
): Promise<Map<string, string | null | { reason: string }>> {
  const out = new Map<string, string | null | { reason: string }>();
  for (let i = 0; i < names.length; i += 25) {
    const repositoryNames = names.slice(i, i + 25);
    const o = await s.call('ecr', 'BatchGetRepositoryScanningConfiguration', () =>
      client.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames })),
    );
    for (const name of repositoryNames) {
      const found = o.ok ? o.value.scanningConfigurations?.find((c) => c.repositoryName === name) : undefined;
      out.set(
        name,
        !o.ok
          ? { reason: o.reason }
          : found === undefined
            ? {
                reason: `ecr:BatchGetRepositoryScanningConfiguration did not answer for ${name} in ${s.where}`,
              }
            : (found.scanFrequency ?? null),
      );
    }
  }
  return out;
}

export async function collectEfs(s: RegionScope): Promise<string[]> {
  const client = s.client('elasticfilesystem', (c) => new EFSClient(c));
  const [systems, points] = await Promise.all([
    s.call('elasticfilesystem', 'DescribeFileSystems', async () => {
      const out: FileSystemDescription[] = [];
      for await (const page of paginateDescribeFileSystems({ client }, {}))
        out.push(...(page.FileSystems ?? []));
      return out;
    }),
    s.call('elasticfilesystem', 'DescribeAccessPoints', async () => {
      const out: AccessPointDescription[] = [];
      for await (const page of paginateDescribeAccessPoints({ client }, {}))
        out.push(...(page.AccessPoints ?? []));
      return out;
    }),
  ]);
  const covered: string[] = [];
  if (systems.ok) {
    covered.push('aws.efs.file-system');
    await Promise.all(
      systems.value.map(async (fs) => {
        const FileSystemId = fs.FileSystemId ?? '';
        // No backup policy at all: automatic backups were never turned on.
        const none = (code: string) => code === 'PolicyNotFound';
        const backup = await s.call(
          'elasticfilesystem',
          'DescribeBackupPolicy',
          () => client.send(new DescribeBackupPolicyCommand({ FileSystemId })),
          { quiet: (f) => none(f.code) },
        );
        const status = backup.ok ? (backup.value.BackupPolicy?.Status ?? null) : 'DISABLED';
        s.item(
          {
            resourceType: 'AWS::EFS::FileSystem',
            resourceId: FileSystemId,
            resourceName: fs.Name ?? FileSystemId,
            ...(fs.FileSystemArn === undefined ? {} : { arn: fs.FileSystemArn }),
            awsRegion: s.region,
            tags: tagMap(fs.Tags),
            configuration: {
              FileSystemId,
              Arn: fs.FileSystemArn,
              Encrypted: fs.Encrypted === true,
              ...(fs.KmsKeyId === undefined ? {} : { KmsKeyId: fs.KmsKeyId }),
              BackupPolicy: { Status: status },
            },
          },
          backup.ok || none(backup.failure.code) ? {} : { backupPolicyStatus: backup.reason },
        );
      }),
    );
  }
  if (points.ok) {
    covered.push('aws.efs.access-point');
    for (const ap of points.value) {
      const id = ap.AccessPointId ?? '';
      const user = ap.PosixUser;
      s.item({
        resourceType: 'AWS::EFS::AccessPoint',
        resourceId: id,
        resourceName: ap.Name ?? id,
        ...(ap.AccessPointArn === undefined ? {} : { arn: ap.AccessPointArn }),
        awsRegion: s.region,
        tags: tagMap(ap.Tags),
        configuration: {
          AccessPointId: id,
          Arn: ap.AccessPointArn,
          FileSystemId: ap.FileSystemId,
          ...(ap.RootDirectory?.Path === undefined ? {} : { RootDirectory: { Path: ap.RootDirectory.Path } }),
          // AWS Config writes the POSIX ids as text.
          ...(user === undefined ? {} : { PosixUser: { Uid: String(user.Uid), Gid: String(user.Gid) } }),
        },
      });
    }
  }
  return covered;
}

export async function collectDynamoDb(s: RegionScope): Promise<string[]> {
  const client = s.client('dynamodb', (c) => new DynamoDBClient(c));
  const [names, scaling] = await Promise.all([
    s.call('dynamodb', 'ListTables', async () => {
      const out: string[] = [];
      for await (const page of paginateListTables({ client }, {})) out.push(...(page.TableNames ?? []));
      return out;
    }),
    dynamoDbScaling(s),
  ]);
  if (!names.ok) return [];
  let complete = true;
  await Promise.all(
    names.value.map(async (TableName) => {
      const [table, backups] = await Promise.all([
        s.call('dynamodb', 'DescribeTable', () => client.send(new DescribeTableCommand({ TableName }))),
        s.call('dynamodb', 'DescribeContinuousBackups', () =>
          client.send(new DescribeContinuousBackupsCommand({ TableName })),
        ),
      ]);
      if (!table.ok || table.value.Table === undefined) {
        complete = false;
        return;
      }
      const t = table.value.Table;
      // DescribeTable carries no tags; the backup-plan rules select by them.
      const tags =
        t.TableArn === undefined
          ? undefined
          : await s.call('dynamodb', 'ListTagsOfResource', async () => {
              const out: Tag[] = [];
              let NextToken: string | undefined;
              do {
                const page = await client.send(
                  new ListTagsOfResourceCommand({ ResourceArn: t.TableArn, NextToken }),
                );
                out.push(...(page.Tags ?? []));
                NextToken = page.NextToken;
              } while (NextToken !== undefined);
              return out;
            });
      const targets = 'reason' in scaling ? undefined : scaling.get(`table/${TableName}`);
      s.item(
        {
          resourceType: 'AWS::DynamoDB::Table',
          resourceId: TableName,
          resourceName: TableName,
          ...(t.TableArn === undefined ? {} : { arn: t.TableArn }),
          awsRegion: s.region,
          ...(tags?.ok === true ? { tags: tagMap(tags.value) } : {}),
          configuration: configRecord(t),
          supplementaryConfiguration: backups.ok
            ? { ContinuousBackupsDescription: configRecord(backups.value.ContinuousBackupsDescription ?? {}) }
            : {},
        },
        {
          ...(backups.ok ? {} : { pointInTimeRecovery: backups.reason }),
          ...(tags?.ok === true
            ? {}
            : { tagsRead: tags?.reason ?? `DynamoDB did not give the ARN of table ${TableName}` }),
          ...('reason' in scaling
            ? { readCapacityAutoScaling: scaling.reason, writeCapacityAutoScaling: scaling.reason }
            : {}),
        },
        // AWS Config does not record Application Auto Scaling targets; the live scan reads them.
        'reason' in scaling
          ? undefined
          : (config) => {
              config.readCapacityAutoScaling = targets?.has('dynamodb:table:ReadCapacityUnits') === true;
              config.writeCapacityAutoScaling = targets?.has('dynamodb:table:WriteCapacityUnits') === true;
            },
      );
    }),
  );
  return complete ? ['aws.dynamodb.table'] : [];
}

export async function collectBackup(s: RegionScope): Promise<string[]> {
  const client = s.client('backup', (c) => new BackupClient(c));
  const vaults = await s.call('backup', 'ListBackupVaults', async () => {
    const out: string[] = [];
    for await (const page of paginateListBackupVaults({ client }, {}))
      for (const v of page.BackupVaultList ?? [])
        if (v.BackupVaultName !== undefined) out.push(v.BackupVaultName);
    return out;
  });
  if (!vaults.ok) return [];
  let complete = true;
  await Promise.all(
    vaults.value.map(async (BackupVaultName) => {
      const points = await s.call('backup', 'ListRecoveryPointsByBackupVault', async () => {
        const out: RecoveryPointByBackupVault[] = [];
        for await (const page of paginateListRecoveryPointsByBackupVault({ client }, { BackupVaultName }))
          out.push(...(page.RecoveryPoints ?? []));
        return out;
      });
      if (!points.ok) {
        complete = false;
        return;
      }
      for (const rp of points.value) {
        const arn = rp.RecoveryPointArn ?? '';
        s.item({
          resourceType: 'AWS::Backup::RecoveryPoint',
          resourceId: arn,
          resourceName: arn.split(':').pop() ?? arn,
          arn,
          awsRegion: s.region,
          configuration: configRecord({ ...rp, IsEncrypted: rp.IsEncrypted === true }),
        });
      }
    }),
  );
  return complete ? ['aws.backup.recovery-point'] : [];
}

export async function collectAthena(s: RegionScope): Promise<string[]> {
  const client = s.client('athena', (c) => new AthenaClient(c));
  const groups = await s.call('athena', 'ListWorkGroups', async () => {
    const out: string[] = [];
    for await (const page of paginateListWorkGroups({ client }, {}))
      for (const g of page.WorkGroups ?? []) if (g.Name !== undefined) out.push(g.Name);
    return out;
  });
  if (!groups.ok) return [];
  await Promise.all(
    groups.value.map(async (WorkGroup) => {
      const g = await s.call('athena', 'GetWorkGroup', () =>
        client.send(new GetWorkGroupCommand({ WorkGroup })),
      );
      const wg = g.ok ? g.value.WorkGroup : undefined;
      s.item(
        {
          resourceType: 'AWS::Athena::WorkGroup',
          resourceId: WorkGroup,
          resourceName: WorkGroup,
          arn: `arn:${s.partition}:athena:${s.region}:${s.account}:workgroup/${WorkGroup}`,
          awsRegion: s.region,
          configuration: {
            Name: WorkGroup,
            ...(wg === undefined
              ? {}
              : { State: wg.State, WorkGroupConfiguration: configRecord(wg.Configuration ?? {}) }),
          },
        },
        g.ok ? {} : { resultEncryption: g.reason, enforceWorkGroupConfiguration: g.reason },
      );
    }),
  );
  return ['aws.athena.workgroup'];
}
