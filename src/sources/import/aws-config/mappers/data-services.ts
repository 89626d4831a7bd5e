/**
 * Data services: AWS::ECR::Repository, AWS::EFS::FileSystem, AWS::EFS::AccessPoint,
 * AWS::Backup::RecoveryPoint, AWS::Athena::WorkGroup (CloudFormation spelling) and AWS::DynamoDB::Table
 * (camelCase, from the DynamoDB API; point-in-time recovery is
 * `supplementaryConfiguration.ContinuousBackupsDescription`).
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import type { ConfigItem } from '../item.js';
import { regionalArn } from './app-common.js';
import { asBool, asString, kmsKeyOf, SectionReader } from './fields.js';
import { candidateFromItem, NOT_IN_RECORD, type ConfigItemMapper, type MappedCandidate } from './types.js';

function named(
  item: ConfigItem,
  source: SourceRef,
  type: string,
  uid: string,
  name: string,
  config: Record<string, unknown>,
): MappedCandidate[] {
  const candidate = candidateFromItem(item, source, uid, config, []);
  candidate.name = name;
  return [{ type, candidate }];
}

export function mapEcrRepository(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('RepositoryName')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('Arn')) ?? regionalArn(item, 'ecr', `repository/${name}`);
  // The record carries LifecyclePolicy only when the repository has one.
  const described = c.has('ImageTagMutability');
  return named(item, source, 'aws.ecr.repository', uid, name, {
    scanOnPush: c.required('ImageScanningConfiguration.ScanOnPush', asBool),
    scanFrequency: unknown(
      'AWS Config does not record the registry scanning configuration that applies to a repository ' +
        '(ecr:BatchGetRepositoryScanningConfiguration)',
    ),
    imageTagMutability: c.required('ImageTagMutability', asString),
    lifecyclePolicy: c.has('LifecyclePolicy')
      ? c.get('LifecyclePolicy') !== null
      : described
        ? false
        : c.missing('LifecyclePolicy'),
    encryptionType: c.has('EncryptionConfiguration.EncryptionType')
      ? c.nullable('EncryptionConfiguration.EncryptionType', asString)
      : described
        ? 'AES256'
        : c.missing('EncryptionConfiguration'),
  });
}

export function mapEfsFileSystem(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('FileSystemId')) ?? item.resourceId;
  const uid =
    item.arn ?? asString(c.get('Arn')) ?? regionalArn(item, 'elasticfilesystem', `file-system/${id}`);
  return named(item, source, 'aws.efs.file-system', uid, item.resourceName ?? id, {
    encrypted: c.required('Encrypted', asBool),
    kmsKeyId: kmsKeyOf(c, 'Encrypted', 'KmsKeyId'),
    backupPolicyStatus: c.nullable('BackupPolicy.Status', asString),
  });
}

/** A POSIX id, as text (records write it as text, the EFS API as a number). */
function idText(v: unknown): string | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? String(v) : asString(v);
}

export function mapEfsAccessPoint(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('AccessPointId')) ?? item.resourceId;
  const uid =
    item.arn ?? asString(c.get('Arn')) ?? regionalArn(item, 'elasticfilesystem', `access-point/${id}`);
  const described = c.has('FileSystemId');
  const uidOf = idText(c.get('PosixUser.Uid'));
  const gidOf = idText(c.get('PosixUser.Gid'));
  return named(item, source, 'aws.efs.access-point', uid, item.resourceName ?? id, {
    fileSystemId: c.nullable('FileSystemId', asString),
    rootDirectoryPath: c.has('RootDirectory.Path')
      ? c.nullable('RootDirectory.Path', asString)
      : described
        ? null
        : c.missing('RootDirectory'),
    posixUser:
      uidOf !== undefined && gidOf !== undefined
        ? { uid: uidOf, gid: gidOf }
        : c.has('PosixUser') || !described
          ? c.required('PosixUser.Uid', asString)
          : null,
  });
}

const NO_SCALING_RECORD =
  'AWS Config does not record Application Auto Scaling targets (application-autoscaling:DescribeScalableTargets)';

export function mapDynamoDbTable(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const s = new SectionReader(item.supplementary, 'supplementaryConfiguration');
  const name = asString(c.get('tableName')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('tableArn')) ?? regionalArn(item, 'dynamodb', `table/${name}`);
  const pitr = 'ContinuousBackupsDescription.pointInTimeRecoveryDescription.pointInTimeRecoveryStatus';
  return named(item, source, 'aws.dynamodb.table', uid, name, {
    // The API leaves billingModeSummary out of tables that were always provisioned.
    billingMode: c.has('billingModeSummary.billingMode')
      ? c.required('billingModeSummary.billingMode', asString)
      : c.has('tableName')
        ? 'PROVISIONED'
        : c.missing('billingModeSummary'),
    pointInTimeRecovery:
      item.supplementary === undefined
        ? unknown(NOT_IN_RECORD('supplementaryConfiguration'))
        : s.has(pitr)
          ? asString(s.get(pitr)) === 'ENABLED'
          : s.missing(pitr),
    deletionProtection: c.required('deletionProtectionEnabled', asBool),
    // A configuration item carries the table's tags (DescribeTable does not; the live scan reads them).
    tagsRead: true,
    readCapacityAutoScaling: unknown(NO_SCALING_RECORD),
    writeCapacityAutoScaling: unknown(NO_SCALING_RECORD),
  });
}

export function mapBackupRecoveryPoint(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = item.arn ?? asString(c.get('RecoveryPointArn')) ?? item.resourceId;
  return named(item, source, 'aws.backup.recovery-point', uid, item.resourceName ?? uid.split(':').pop()!, {
    isEncrypted: c.required('IsEncrypted', asBool),
    encryptionKeyArn: kmsKeyOf(c, 'IsEncrypted', 'EncryptionKeyArn'),
    backupVaultName: c.nullable('BackupVaultName', asString),
  });
}

export function mapAthenaWorkGroup(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('Name')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? regionalArn(item, 'athena', `workgroup/${name}`);
  const wg = 'WorkGroupConfiguration';
  const enc = `${wg}.ResultConfiguration.EncryptionConfiguration.EncryptionOption`;
  return named(item, source, 'aws.athena.workgroup', uid, name, {
    // Unset settings are left out of a recorded WorkGroupConfiguration.
    resultEncryption: c.has(enc) ? c.nullable(enc, asString) : c.has(wg) ? null : c.missing(wg),
    enforceWorkGroupConfiguration: c.has(`${wg}.EnforceWorkGroupConfiguration`)
      ? c.required(`${wg}.EnforceWorkGroupConfiguration`, asBool)
      : c.has(wg)
        ? false
        : c.missing(wg),
  });
}

export const dataServiceMappers: Record<string, ConfigItemMapper> = {
  'AWS::ECR::Repository': mapEcrRepository,
  'AWS::EFS::FileSystem': mapEfsFileSystem,
  'AWS::EFS::AccessPoint': mapEfsAccessPoint,
  'AWS::DynamoDB::Table': mapDynamoDbTable,
  'AWS::Backup::RecoveryPoint': mapBackupRecoveryPoint,
  'AWS::Athena::WorkGroup': mapAthenaWorkGroup,
};
