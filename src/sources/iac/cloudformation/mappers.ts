/**
 * CloudFormation resource types → the same asset candidates as Terraform and the importers:
 * AWS::S3::Bucket (+ AWS::S3::BucketPolicy joined by reference), AWS::EC2::SecurityGroup
 * (+ AWS::EC2::SecurityGroupIngress/Egress), AWS::EC2::Volume, AWS::RDS::DBInstance,
 * AWS::CloudTrail::Trail. Properties absent from the template take CloudFormation's defaults.
 */
import { decodePolicyText } from '../../../inventory/aws/policy.js';
import {
  isObject,
  isUnknownValue,
  plain,
  toNum,
  toStr,
  unknownValue,
  type Value,
} from '../terraform/value.js';
import {
  boolField,
  numField,
  strField,
  strList,
  type FieldSource,
  type MappedResource,
} from '../terraform/mappers/types.js';
import { cloudFormationTrailSelectors } from '../trail-selectors.js';

export interface CfnResource {
  id: string;
  type: string;
  props: { [k: string]: Value };
  file: string;
  line: number;
  /** Line of a property path under Properties (`AccessControl`, `SecurityGroupIngress.0.CidrIp`). */
  lineOf(path: string): number | undefined;
}

export interface CfnIndex {
  /** Resources of `type` whose property `prop` refers to `target` (Ref/GetAtt, or the same literal). */
  referring(
    type: string,
    prop: string,
    target: CfnResource,
    names: readonly (string | undefined)[],
  ): CfnResource[];
}

class Fields {
  readonly fields: Record<string, FieldSource> = {};
  constructor(private readonly r: CfnResource) {}
  mark(field: string, path: string | undefined, from: CfnResource = this.r) {
    this.fields[field] = {
      file: from.file,
      line: (path === undefined ? undefined : from.lineOf(path)) ?? from.line,
    };
  }
}

const tagsOf = (v: Value | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  if (Array.isArray(v))
    for (const t of v) if (isObject(t) && typeof t.Key === 'string') out[t.Key] = toStr(t.Value ?? '') ?? '';
  return out;
};

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const CANNED: Record<string, { granteeType: string; grantee: string; permission: string }[]> = {
  Private: [],
  PublicRead: [{ granteeType: 'Group', grantee: ALL_USERS, permission: 'READ' }],
  PublicReadWrite: [
    { granteeType: 'Group', grantee: ALL_USERS, permission: 'READ' },
    { granteeType: 'Group', grantee: ALL_USERS, permission: 'WRITE' },
  ],
  AuthenticatedRead: [{ granteeType: 'Group', grantee: AUTH_USERS, permission: 'READ' }],
  LogDeliveryWrite: [],
  BucketOwnerRead: [],
  BucketOwnerFullControl: [],
  AwsExecRead: [],
};

function policyOf(v: Value | undefined): Value {
  if (v === undefined || v === null) return null;
  if (isUnknownValue(v)) return plain(v);
  try {
    return decodePolicyText(typeof v === 'string' ? v : JSON.stringify(v)) as Value;
  } catch (e) {
    return unknownValue(`bucket policy is not valid JSON: ${(e as Error).message}`);
  }
}

/** `LifecycleConfiguration.Rules` / `ReplicationConfiguration.Rules` as `{ id, status }` (+ `destinationBucket`). */
function bucketRules(
  container: Value | undefined,
  key: string,
  destination?: (rule: { [k: string]: Value }) => Value,
): Value {
  if (container === undefined || container === null) return [];
  if (isUnknownValue(container)) return plain(container);
  const rules = isObject(container) ? container[key] : undefined;
  if (isUnknownValue(rules ?? null)) return plain(rules!);
  if (!Array.isArray(rules)) return unknownValue(`${key} is not a list`);
  const out: Value[] = [];
  for (const rule of rules) {
    if (!isObject(rule)) return unknownValue(`a rule in ${key} is not an object`);
    if (isUnknownValue(rule.Status ?? null)) return plain(rule.Status!);
    out.push({
      id: rule.Id === undefined || rule.Id === null ? null : (toStr(rule.Id) ?? null),
      status: toStr(rule.Status ?? '') ?? '',
      ...(destination ? { destinationBucket: destination(rule) } : {}),
    });
  }
  return out;
}

/** The destinations of `NotificationConfiguration`: one entry per topic, queue and Lambda configuration. */
function eventNotificationsOf(n: Value | undefined): Value {
  if (n === undefined || n === null) return [];
  if (isUnknownValue(n)) return plain(n);
  if (!isObject(n)) return unknownValue('NotificationConfiguration is not an object');
  const count = (k: string) => (Array.isArray(n[k]) ? n[k].length : 0);
  const eb = isObject(n.EventBridgeConfiguration) ? n.EventBridgeConfiguration.EventBridgeEnabled : undefined;
  return [
    ...Array<string>(count('TopicConfigurations')).fill('topic'),
    ...Array<string>(count('QueueConfigurations')).fill('queue'),
    ...Array<string>(count('LambdaConfigurations')).fill('lambda'),
    ...(eb === true || eb === 'true' ? ['eventbridge'] : []),
  ];
}

export function mapCfnBucket(r: CfnResource, index: CfnIndex): MappedResource {
  const p = r.props;
  const f = new Fields(r);
  const name = typeof p.BucketName === 'string' ? p.BucketName : undefined;
  const config: Record<string, unknown> = {};
  const pab = p.PublicAccessBlockConfiguration;
  if (pab === undefined || pab === null) config.publicAccessBlock = null;
  else if (isUnknownValue(pab)) config.publicAccessBlock = plain(pab);
  else if (isObject(pab))
    config.publicAccessBlock = {
      blockPublicAcls: boolField(pab.BlockPublicAcls, false),
      ignorePublicAcls: boolField(pab.IgnorePublicAcls, false),
      blockPublicPolicy: boolField(pab.BlockPublicPolicy, false),
      restrictPublicBuckets: boolField(pab.RestrictPublicBuckets, false),
    };
  f.mark('publicAccessBlock', pab === undefined ? undefined : 'PublicAccessBlockConfiguration');
  const acl = p.AccessControl;
  config.acl =
    acl === undefined || acl === null
      ? []
      : isUnknownValue(acl)
        ? plain(acl)
        : typeof acl === 'string' && Object.hasOwn(CANNED, acl)
          ? CANNED[acl]
          : unknownValue(`unrecognised AccessControl ${JSON.stringify(acl)}`);
  f.mark('acl', acl === undefined ? undefined : 'AccessControl');
  const pol = index.referring('AWS::S3::BucketPolicy', 'Bucket', r, [name])[0];
  config.policy = pol ? policyOf(pol.props.PolicyDocument) : null;
  f.mark('policy', pol ? 'PolicyDocument' : undefined, pol ?? r);
  const enc = p.BucketEncryption;
  const rule =
    isObject(enc) && Array.isArray(enc.ServerSideEncryptionConfiguration)
      ? enc.ServerSideEncryptionConfiguration[0]
      : undefined;
  const byDefault = isObject(rule) ? rule.ServerSideEncryptionByDefault : undefined;
  if (isUnknownValue(enc ?? null)) config.encryption = plain(enc!);
  else if (isObject(byDefault)) {
    const key = byDefault.KMSMasterKeyID;
    config.encryption = {
      sseAlgorithm: toStr(byDefault.SSEAlgorithm ?? '') ?? '',
      kmsKeyId:
        key === undefined || key === null
          ? null
          : isUnknownValue(key)
            ? 'known after deploy'
            : (toStr(key) ?? null),
      bucketKeyEnabled: isObject(rule) ? boolField(rule.BucketKeyEnabled, null) : null,
    };
  } else config.encryption = null;
  f.mark('encryption', enc === undefined ? undefined : 'BucketEncryption');
  const ver = p.VersioningConfiguration;
  const status = isObject(ver) ? ver.Status : undefined;
  config.versioning = isUnknownValue(status ?? null)
    ? plain(status!)
    : status === 'Enabled'
      ? 'Enabled'
      : status === 'Suspended'
        ? 'Suspended'
        : 'Off';
  // MFA delete can be turned on only by the root user through the API, never by a template.
  config.mfaDelete = unknownValue(
    'MFA delete is not set by CloudFormation; only the deployed bucket shows it',
  );
  f.mark('versioning', ver === undefined ? undefined : 'VersioningConfiguration');
  const log = p.LoggingConfiguration;
  config.logging = isObject(log)
    ? {
        targetBucket: isUnknownValue(log.DestinationBucketName ?? null)
          ? 'known after deploy'
          : (toStr(log.DestinationBucketName ?? '') ?? ''),
        targetPrefix: toStr(log.LogFilePrefix ?? '') ?? '',
      }
    : null;
  f.mark('logging', log === undefined ? undefined : 'LoggingConfiguration');
  config.objectLockEnabled = boolField(p.ObjectLockEnabled, false);
  config.lifecycleRules = bucketRules(p.LifecycleConfiguration, 'Rules');
  f.mark('lifecycleRules', p.LifecycleConfiguration === undefined ? undefined : 'LifecycleConfiguration');
  config.replicationRules = bucketRules(p.ReplicationConfiguration, 'Rules', (rule) => {
    const dest = isObject(rule.Destination) ? rule.Destination.Bucket : undefined;
    // A bucket ARN known only after deploy still names a destination; its region is unknown.
    return dest === undefined || dest === null
      ? null
      : isUnknownValue(dest)
        ? 'known after deploy'
        : (toStr(dest) ?? null);
  });
  f.mark(
    'replicationRules',
    p.ReplicationConfiguration === undefined ? undefined : 'ReplicationConfiguration',
  );
  config.eventNotifications = eventNotificationsOf(p.NotificationConfiguration);
  f.mark(
    'eventNotifications',
    p.NotificationConfiguration === undefined ? undefined : 'NotificationConfiguration',
  );
  return {
    type: 'aws.s3.bucket',
    provider: 'aws',
    name: name ?? r.id,
    tags: tagsOf(p.Tags),
    config,
    fields: f.fields,
    ...(pol ? { joined: [pol.id] } : {}),
  };
}

const PROTOCOLS: Record<string, string> = {
  '-1': 'all',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

function cfnPermission(x: Value): Value {
  if (isUnknownValue(x)) return plain(x);
  if (!isObject(x)) return unknownValue('a security group rule is not a mapping');
  for (const k of ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6'])
    if (x[k] !== undefined && isUnknownValue(x[k])) return plain(x[k]);
  const proto = (toStr(x.IpProtocol ?? '-1') ?? '-1').toLowerCase();
  const protocol = PROTOCOLS[proto] ?? proto;
  const sg = toStr(x.SourceSecurityGroupId ?? x.DestinationSecurityGroupId ?? '') ?? '';
  return {
    protocol,
    fromPort: protocol === 'all' ? 0 : (toNum(x.FromPort ?? null) ?? null),
    toPort: protocol === 'all' ? 65535 : (toNum(x.ToPort ?? null) ?? null),
    ipv4Ranges: typeof x.CidrIp === 'string' ? [x.CidrIp] : [],
    ipv6Ranges: typeof x.CidrIpv6 === 'string' ? [x.CidrIpv6] : [],
    securityGroups: sg ? [{ groupId: sg, userId: null, vpcId: null }] : [],
    prefixListIds: typeof x.SourcePrefixListId === 'string' ? [x.SourcePrefixListId] : [],
  };
}

const isWorld = (p: Value) =>
  isObject(p) &&
  [...((p.ipv4Ranges as string[]) ?? []), ...((p.ipv6Ranges as string[]) ?? [])].some(
    (c) => c === '0.0.0.0/0' || c === '::/0',
  );

export function mapCfnSecurityGroup(r: CfnResource, index: CfnIndex): MappedResource {
  const p = r.props;
  const f = new Fields(r);
  const config: Record<string, unknown> = {
    groupId: unknownValue('known only after deploy'),
    groupName: strField(p.GroupName, r.id),
    description: strField(p.GroupDescription, null),
    vpcId:
      p.VpcId === undefined ? null : isUnknownValue(p.VpcId) ? 'known after deploy' : strField(p.VpcId, null),
  };
  const joined: string[] = [];
  for (const [dir, prop, type] of [
    ['ingress', 'SecurityGroupIngress', 'AWS::EC2::SecurityGroupIngress'],
    ['egress', 'SecurityGroupEgress', 'AWS::EC2::SecurityGroupEgress'],
  ] as const) {
    const list = p[prop];
    const perms: Value[] = [];
    let unknown: Value | undefined;
    if (isUnknownValue(list ?? null)) unknown = plain(list!);
    else if (Array.isArray(list))
      list.forEach((x, i) => {
        const perm = cfnPermission(x);
        if (isUnknownValue(perm)) unknown ??= perm;
        else {
          perms.push(perm);
          if (isWorld(perm) && !f.fields[dir])
            f.mark(dir, `${prop}.${i}.${isObject(x) && x.CidrIpv6 !== undefined ? 'CidrIpv6' : 'CidrIp'}`);
        }
      });
    for (const rule of index
      .referring(type, 'GroupId', r, [])
      .concat(
        index.referring(type, 'GroupName', r, [typeof p.GroupName === 'string' ? p.GroupName : undefined]),
      )) {
      joined.push(rule.id);
      const perm = cfnPermission(rule.props);
      if (isUnknownValue(perm)) unknown ??= perm;
      else {
        perms.push(perm);
        if (isWorld(perm) && !f.fields[dir])
          f.mark(dir, rule.props.CidrIpv6 !== undefined ? 'CidrIpv6' : 'CidrIp', rule);
      }
    }
    config[dir] = unknown ?? perms;
    if (!f.fields[dir]) f.mark(dir, list === undefined ? undefined : prop);
  }
  return {
    type: 'aws.ec2.security-group',
    provider: 'aws',
    name: typeof p.GroupName === 'string' ? p.GroupName : r.id,
    tags: tagsOf(p.Tags),
    config,
    fields: f.fields,
    joined,
  };
}

export function mapCfnVolume(r: CfnResource): MappedResource {
  const p = r.props;
  const f = new Fields(r);
  const config = {
    volumeId: unknownValue('known only after deploy'),
    encrypted: boolField(p.Encrypted, false),
    kmsKeyId:
      p.KmsKeyId === undefined
        ? null
        : isUnknownValue(p.KmsKeyId)
          ? 'known after deploy'
          : strField(p.KmsKeyId, null),
    state: 'available',
    volumeType: strField(p.VolumeType, 'gp2'),
    sizeGiB: numField(p.Size, 0),
    snapshotId: strField(p.SnapshotId, null),
    attachments: [],
  };
  f.mark('encrypted', p.Encrypted === undefined ? undefined : 'Encrypted');
  return {
    type: 'aws.ec2.volume',
    provider: 'aws',
    name: r.id,
    tags: tagsOf(p.Tags),
    config,
    fields: f.fields,
  };
}

export function mapCfnDbInstance(r: CfnResource): MappedResource {
  const p = r.props;
  const f = new Fields(r);
  const config = {
    dbInstanceIdentifier: strField(p.DBInstanceIdentifier, r.id),
    engine: strField(p.Engine, ''),
    engineVersion: strField(p.EngineVersion, null),
    instanceClass: strField(p.DBInstanceClass, null),
    status: 'available',
    // CloudFormation's default depends on the subnet group (public when the VPC has an internet gateway).
    publiclyAccessible: p.PubliclyAccessible === undefined ? false : boolField(p.PubliclyAccessible, false),
    storageEncrypted: boolField(p.StorageEncrypted, false),
    kmsKeyId:
      p.KmsKeyId === undefined
        ? null
        : isUnknownValue(p.KmsKeyId)
          ? 'known after deploy'
          : strField(p.KmsKeyId, null),
    backupRetentionPeriod: numField(p.BackupRetentionPeriod, 1),
    autoMinorVersionUpgrade: boolField(p.AutoMinorVersionUpgrade, true),
    port: numField(p.Port, null),
    vpcSecurityGroupIds: strList(p.VPCSecurityGroups),
    vpcId: unknownValue('known only after deploy'),
    multiAZ: boolField(p.MultiAZ, false),
    deletionProtection: boolField(p.DeletionProtection, false),
    iamDatabaseAuthenticationEnabled: boolField(p.EnableIAMDatabaseAuthentication, false),
    clusterIdentifier: strField(p.DBClusterIdentifier, null),
    monitoringInterval: numField(p.MonitoringInterval, 0),
    enabledCloudwatchLogsExports: strList(p.EnableCloudwatchLogsExports),
    copyTagsToSnapshot: boolField(p.CopyTagsToSnapshot, false),
    masterUsername: strField(p.MasterUsername, null),
    requireTls: unknownValue('set in the DB parameter group'),
  };
  for (const [field, prop] of [
    ['publiclyAccessible', 'PubliclyAccessible'],
    ['storageEncrypted', 'StorageEncrypted'],
    ['backupRetentionPeriod', 'BackupRetentionPeriod'],
    ['multiAZ', 'MultiAZ'],
    ['deletionProtection', 'DeletionProtection'],
    ['iamDatabaseAuthenticationEnabled', 'EnableIAMDatabaseAuthentication'],
    ['autoMinorVersionUpgrade', 'AutoMinorVersionUpgrade'],
    ['monitoringInterval', 'MonitoringInterval'],
    ['enabledCloudwatchLogsExports', 'EnableCloudwatchLogsExports'],
    ['copyTagsToSnapshot', 'CopyTagsToSnapshot'],
    ['masterUsername', 'MasterUsername'],
  ] as const)
    f.mark(field, p[prop] === undefined ? undefined : prop);
  return {
    type: 'aws.rds.db-instance',
    provider: 'aws',
    name: typeof p.DBInstanceIdentifier === 'string' ? p.DBInstanceIdentifier : r.id,
    tags: tagsOf(p.Tags),
    config,
    fields: f.fields,
  };
}

export function mapCfnTrail(r: CfnResource): MappedResource {
  const p = r.props;
  const f = new Fields(r);
  const config = {
    homeRegion: unknownValue('the stack region is known only at deploy'),
    multiRegion: boolField(p.IsMultiRegionTrail, false),
    organizationTrail: boolField(p.IsOrganizationTrail, false),
    isLogging: boolField(p.IsLogging, false),
    ...cloudFormationTrailSelectors(p.EventSelectors, p.AdvancedEventSelectors),
    includeGlobalServiceEvents: boolField(p.IncludeGlobalServiceEvents, true),
    logFileValidation: boolField(p.EnableLogFileValidation, false),
    kmsKeyId:
      p.KMSKeyId === undefined
        ? null
        : isUnknownValue(p.KMSKeyId)
          ? 'known after deploy'
          : strField(p.KMSKeyId, null),
    cloudWatchLogsLogGroupArn:
      p.CloudWatchLogsLogGroupArn === undefined
        ? null
        : isUnknownValue(p.CloudWatchLogsLogGroupArn)
          ? 'known after deploy'
          : strField(p.CloudWatchLogsLogGroupArn, null),
    cloudWatchLogsRoleArn: strField(p.CloudWatchLogsRoleArn, null),
    s3BucketName: isUnknownValue(p.S3BucketName ?? null)
      ? 'known after deploy'
      : strField(p.S3BucketName, null),
  };
  const selectorProp = p.AdvancedEventSelectors === undefined ? 'EventSelectors' : 'AdvancedEventSelectors';
  for (const [field, prop] of [
    ['multiRegion', 'IsMultiRegionTrail'],
    ['isLogging', 'IsLogging'],
    ['logFileValidation', 'EnableLogFileValidation'],
    ['kmsKeyId', 'KMSKeyId'],
    ['cloudWatchLogsLogGroupArn', 'CloudWatchLogsLogGroupArn'],
    ['managementEvents', selectorProp],
    ['s3ObjectEvents', selectorProp],
  ] as const)
    f.mark(field, p[prop] === undefined ? undefined : prop);
  return {
    type: 'aws.cloudtrail.trail',
    provider: 'aws',
    name: typeof p.TrailName === 'string' ? p.TrailName : r.id,
    tags: tagsOf(p.Tags),
    config,
    fields: f.fields,
  };
}

export const CFN_MAPPERS: Record<string, (r: CfnResource, index: CfnIndex) => MappedResource> = {
  'AWS::S3::Bucket': mapCfnBucket,
  'AWS::EC2::SecurityGroup': mapCfnSecurityGroup,
  'AWS::EC2::Volume': mapCfnVolume,
  'AWS::RDS::DBInstance': mapCfnDbInstance,
  'AWS::CloudTrail::Trail': mapCfnTrail,
};

export const CFN_JOINED = new Set([
  'AWS::S3::BucketPolicy',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
]);
