/**
 * AWS databases and logging: aws_db_instance → aws.rds.db-instance, aws_cloudtrail →
 * aws.cloudtrail.trail. Provider defaults apply where an argument is absent.
 */
import type { ResourceInstance } from '../module.js';
import { terraformTrailSelectors } from '../../trail-selectors.js';
import { isUnknownValue, unknownValue } from '../value.js';
import { boolField, displayName, numField, Reader, strField, strList, type MappedResource } from './types.js';

export function mapDbInstance(inst: ResourceInstance): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const kms = v('kms_key_id');
  const config = {
    dbInstanceIdentifier: strField(v('identifier'), inst.address),
    engine: strField(v('engine'), ''),
    engineVersion: strField(v('engine_version'), null),
    instanceClass: strField(v('instance_class'), null),
    status: 'available',
    publiclyAccessible: boolField(v('publicly_accessible'), false),
    storageEncrypted: boolField(v('storage_encrypted'), false),
    kmsKeyId: kms === undefined ? null : isUnknownValue(kms) ? 'known after apply' : strField(kms, null),
    backupRetentionPeriod: numField(v('backup_retention_period'), 0),
    autoMinorVersionUpgrade: boolField(v('auto_minor_version_upgrade'), true),
    port: numField(v('port'), null),
    vpcSecurityGroupIds: strList(v('vpc_security_group_ids')),
    vpcId: unknownValue('known only after apply'),
    multiAZ: boolField(v('multi_az'), false),
    deletionProtection: boolField(v('deletion_protection'), false),
    iamDatabaseAuthenticationEnabled: boolField(v('iam_database_authentication_enabled'), false),
    clusterIdentifier: strField(v('cluster_identifier'), null),
    monitoringInterval: numField(v('monitoring_interval'), 0),
    enabledCloudwatchLogsExports: strList(v('enabled_cloudwatch_logs_exports')),
    copyTagsToSnapshot: boolField(v('copy_tags_to_snapshot'), false),
    masterUsername: strField(v('username'), null),
    requireTls: unknownValue('set in the DB parameter group'),
  };
  const marks: [string, string][] = [
    ['publiclyAccessible', 'publicly_accessible'],
    ['storageEncrypted', 'storage_encrypted'],
    ['backupRetentionPeriod', 'backup_retention_period'],
    ['autoMinorVersionUpgrade', 'auto_minor_version_upgrade'],
    ['multiAZ', 'multi_az'],
    ['deletionProtection', 'deletion_protection'],
    ['iamDatabaseAuthenticationEnabled', 'iam_database_authentication_enabled'],
    ['monitoringInterval', 'monitoring_interval'],
    ['enabledCloudwatchLogsExports', 'enabled_cloudwatch_logs_exports'],
    ['copyTagsToSnapshot', 'copy_tags_to_snapshot'],
    ['masterUsername', 'username'],
  ];
  for (const [f, a] of marks) r.mark(f, r.attr(a)?.line);
  return {
    type: 'aws.rds.db-instance',
    provider: 'aws',
    name: displayName(r, 'identifier'),
    tags: r.tags(),
    config,
    fields: r.fields,
  };
}

export function mapCloudTrail(inst: ResourceInstance, _index: unknown, region: string): MappedResource {
  const r = new Reader(inst);
  const v = (n: string) => r.attr(n)?.value;
  const kms = v('kms_key_id');
  const group = v('cloud_watch_logs_group_arn');
  const config = {
    homeRegion: region,
    multiRegion: boolField(v('is_multi_region_trail'), false),
    organizationTrail: boolField(v('is_organization_trail'), false),
    isLogging: boolField(v('enable_logging'), true),
    ...terraformTrailSelectors(r.blocks('event_selector'), r.blocks('advanced_event_selector')),
    includeGlobalServiceEvents: boolField(v('include_global_service_events'), true),
    logFileValidation: boolField(v('enable_log_file_validation'), false),
    kmsKeyId: kms === undefined ? null : isUnknownValue(kms) ? 'known after apply' : strField(kms, null),
    cloudWatchLogsLogGroupArn:
      group === undefined ? null : isUnknownValue(group) ? 'known after apply' : strField(group, null),
    cloudWatchLogsRoleArn: strField(v('cloud_watch_logs_role_arn'), null),
    s3BucketName: strField(v('s3_bucket_name'), null),
  };
  const marks: [string, string][] = [
    ['multiRegion', 'is_multi_region_trail'],
    ['isLogging', 'enable_logging'],
    ['logFileValidation', 'enable_log_file_validation'],
    ['kmsKeyId', 'kms_key_id'],
    ['cloudWatchLogsLogGroupArn', 'cloud_watch_logs_group_arn'],
  ];
  for (const [f, a] of marks) r.mark(f, r.attr(a)?.line);
  const selector = [...r.blocks('advanced_event_selector'), ...r.blocks('event_selector')][0];
  if (selector !== undefined)
    for (const f of ['managementEvents', 's3ObjectEvents']) r.mark(f, selector.line);
  return {
    type: 'aws.cloudtrail.trail',
    provider: 'aws',
    name: displayName(r, 'name'),
    tags: r.tags(),
    config,
    fields: r.fields,
  };
}
