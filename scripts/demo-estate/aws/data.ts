/** KMS keys, S3 buckets, RDS instances and snapshots. */
import { serviceEni } from './compute.js';
import { canonicalUserId } from './records.js';
import { kmsPolicyText, policyDoc, tagList, type RegionEstate, type Statement } from './region.js';
import { EXPORT_TIME } from '../company.js';
import { base32, before, hex, uuid } from '../ids.js';

export function kmsKey(
  r: RegionEstate,
  label: string,
  o: {
    description: string;
    manager?: 'CUSTOMER' | 'AWS';
    rotation: boolean;
    created: string;
    policy?: unknown;
    tags: Record<string, string>;
  },
) {
  const keyId = uuid(r.seed(`kms/${label}`));
  const arn = `arn:aws:kms:${r.region}:${r.account.id}:key/${keyId}`;
  const manager = o.manager ?? 'CUSTOMER';
  const policy = o.policy ?? {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${r.account.id}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
  r.push({
    resourceType: 'AWS::KMS::Key',
    resourceId: keyId,
    arn,
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: manager === 'AWS' ? {} : o.tags,
    relationships: [],
    configuration: {
      aWSAccountId: r.account.id,
      keyId,
      arn,
      creationDate: o.created,
      enabled: true,
      description: o.description,
      keyUsage: 'ENCRYPT_DECRYPT',
      keyState: 'Enabled',
      origin: 'AWS_KMS',
      keyManager: manager,
      customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      keySpec: 'SYMMETRIC_DEFAULT',
      encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      signingAlgorithms: [],
      multiRegion: false,
    },
    supplementary: {
      KeyRotationStatus: manager === 'AWS' ? true : o.rotation,
      Policy: kmsPolicyText(policy),
      Tags: Object.entries(manager === 'AWS' ? {} : o.tags).map(([tagKey, tagValue]) => ({
        tagKey,
        tagValue,
      })),
    },
  });
  return arn;
}

/** The AWS managed key of a service (`aws/rds`, `aws/ebs`): its policy admits the account's callers via the service. */

export function awsManagedKey(r: RegionEstate, service: 'rds' | 'ebs', created: string) {
  const viaService = service === 'rds' ? `rds.${r.region}.amazonaws.com` : `ec2.${r.region}.amazonaws.com`;
  return kmsKey(r, `aws/${service}`, {
    description: `Default key that protects my ${service.toUpperCase()} ${service === 'rds' ? 'database volumes' : 'volumes'} when no other key is defined`,
    manager: 'AWS',
    rotation: true,
    created,
    policy: {
      Version: '2012-10-17',
      Id: `auto-${service}-2`,
      Statement: [
        {
          Sid: `Allow access through ${service.toUpperCase()} for all principals in the account that are authorized to use ${service.toUpperCase()}`,
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:CreateGrant',
            'kms:ListGrants',
            'kms:DescribeKey',
          ],
          Resource: '*',
          Condition: {
            StringEquals: { 'kms:ViaService': viaService, 'kms:CallerAccount': r.account.id },
          },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${r.account.id}:root` },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
          Resource: '*',
        },
      ],
    },
    tags: {},
  });
}

export function bucket(
  r: RegionEstate,
  name: string,
  o: {
    created: string;
    encryption: { kmsKeyArn: string } | 'AES256';
    versioning: 'Enabled' | 'Suspended' | 'Off';
    mfaDelete?: boolean;
    logTo?: string;
    publicAccessBlock: { acls: boolean; policy: boolean } | null;
    sslOnly: boolean;
    extraStatements?: Statement[];
    objectLock?: boolean;
    /** Lifecycle rules expiring old versions (default: when versioning is on). */
    lifecycle?: boolean;
    /** Events sent to EventBridge (default: when versioning is on). */
    events?: boolean;
    tags: Record<string, string>;
  },
) {
  const arn = `arn:aws:s3:::${name}`;
  const versioned = o.versioning !== 'Off';
  const owner = canonicalUserId(r.account);
  const statements: Statement[] = [
    ...(o.extraStatements ?? []),
    ...(o.sslOnly
      ? [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [arn, `${arn}/*`],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ]
      : []),
  ];
  const pab = o.publicAccessBlock;
  r.push({
    resourceType: 'AWS::S3::Bucket',
    resourceId: name,
    resourceName: name,
    arn,
    region: r.region,
    availabilityZone: 'Regional',
    createdAt: o.created,
    tags: o.tags,
    relationships: [],
    configuration: { name, owner: { displayName: null, id: owner }, creationDate: o.created },
    supplementary: {
      AccessControlList: {
        grantSet: null,
        grantList: [{ grantee: { id: owner, displayName: null }, permission: 'FullControl' }],
        owner: { displayName: null, id: owner },
        isRequesterCharged: false,
      },
      BucketAccelerateConfiguration: { status: null },
      BucketLoggingConfiguration: {
        destinationBucketName: o.logTo ?? null,
        logFilePrefix: o.logTo === undefined ? null : `s3/${name}/`,
      },
      ...((o.lifecycle ?? versioned)
        ? {
            BucketLifecycleConfiguration: {
              rules: [
                {
                  id: 'expire-noncurrent-versions',
                  prefix: null,
                  status: 'Enabled',
                  filter: { predicate: null },
                  expirationInDays: -1,
                  expiredObjectDeleteMarker: true,
                  noncurrentVersionExpirationInDays: 90,
                  expirationDate: null,
                  transitions: null,
                  noncurrentVersionTransitions: null,
                  abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
                },
              ],
            },
          }
        : {}),
      BucketNotificationConfiguration: {
        configurations: {},
        ...((o.events ?? versioned) ? { eventBridgeConfiguration: { eventBridgeEnabled: true } } : {}),
      },
      BucketPolicy: { policyText: statements.length === 0 ? null : JSON.stringify(policyDoc(statements)) },
      BucketTaggingConfiguration: { tagSets: [{ tags: o.tags }] },
      BucketVersioningConfiguration: {
        status: o.versioning,
        isMfaDeleteEnabled: o.mfaDelete === true ? true : null,
      },
      IsRequesterPaysEnabled: false,
      ...(pab === null
        ? {}
        : {
            PublicAccessBlockConfiguration: {
              blockPublicAcls: pab.acls,
              ignorePublicAcls: pab.acls,
              blockPublicPolicy: pab.policy,
              restrictPublicBuckets: pab.policy,
            },
          }),
      ServerSideEncryptionConfiguration: {
        rules: [
          o.encryption === 'AES256'
            ? {
                applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null },
                bucketKeyEnabled: false,
              }
            : {
                applyServerSideEncryptionByDefault: {
                  sseAlgorithm: 'aws:kms',
                  kmsMasterKeyID: o.encryption.kmsKeyArn,
                },
                bucketKeyEnabled: true,
              },
        ],
      },
      ...(o.objectLock
        ? {
            ObjectLockConfiguration: {
              objectLockEnabled: 'Enabled',
              rule: { defaultRetention: { mode: 'COMPLIANCE', days: 400 } },
            },
          }
        : {}),
    },
  });
  return arn;
}

export function rdsInstance(
  r: RegionEstate,
  id: string,
  o: {
    engine: 'postgres' | 'mysql';
    version: string;
    class: string;
    storageGiB: number;
    vpcId: string;
    sgIds: string[];
    kmsKeyArn: string | null;
    public: boolean;
    multiAZ: boolean;
    backupDays: number;
    deletionProtection: boolean;
    iamAuth: boolean;
    autoMinor: boolean;
    created: string;
    zone: number;
    replicaOf?: string;
    tags: Record<string, string>;
  },
) {
  const arn = `arn:aws:rds:${r.region}:${r.account.id}:db:${id}`;
  const dbiResourceId = `db-${base32(r.seed(`dbi/${id}`), 26)}`;
  const port = o.engine === 'postgres' ? 5432 : 3306;
  r.push({
    resourceType: 'AWS::RDS::DBInstance',
    resourceId: dbiResourceId,
    resourceName: id,
    arn,
    region: r.region,
    availabilityZone: r.az(o.zone),
    createdAt: o.created,
    tags: o.tags,
    relationships: [
      ...o.sgIds.map((sg) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: sg,
        name: 'Is associated with SecurityGroup',
      })),
      {
        resourceType: 'AWS::RDS::DBSubnetGroup',
        resourceId: `${id}-subnets`,
        resourceName: `${id}-subnets`,
        name: 'Is associated with DBSubnetGroup',
      },
    ],
    configuration: {
      dBInstanceIdentifier: id,
      dBInstanceClass: o.class,
      engine: o.engine,
      dBInstanceStatus: 'available',
      masterUsername: o.engine === 'postgres' ? 'nwf_admin' : 'admin',
      dBName: id.split('-')[0],
      endpoint: {
        address: `${id}.c${hex(r.seed('rds-endpoint'), 10)}.${r.region}.rds.amazonaws.com`,
        port,
        hostedZoneId: 'Z29XKXDKYMONMX',
      },
      allocatedStorage: o.storageGiB,
      instanceCreateTime: o.created,
      preferredBackupWindow: '02:00-02:30',
      backupRetentionPeriod: o.backupDays,
      dBSecurityGroups: [],
      vpcSecurityGroups: o.sgIds.map((g) => ({ vpcSecurityGroupId: g, status: 'active' })),
      dBParameterGroups: [
        {
          dBParameterGroupName: `default.${o.engine}${o.version.split('.')[0]}`,
          parameterApplyStatus: 'in-sync',
        },
      ],
      availabilityZone: r.az(o.zone),
      dBSubnetGroup: {
        dBSubnetGroupName: `${id}-subnets`,
        dBSubnetGroupDescription: `Subnets for ${id}`,
        vpcId: o.vpcId,
        subnetGroupStatus: 'Complete',
      },
      preferredMaintenanceWindow: 'sun:03:30-sun:04:00',
      pendingModifiedValues: {},
      latestRestorableTime: before(EXPORT_TIME, r.seed(`restorable/${id}`), 300),
      multiAZ: o.multiAZ,
      engineVersion: o.version,
      autoMinorVersionUpgrade: o.autoMinor,
      ...(o.replicaOf === undefined ? {} : { readReplicaSourceDBInstanceIdentifier: o.replicaOf }),
      readReplicaDBInstanceIdentifiers: [],
      licenseModel: o.engine === 'postgres' ? 'postgresql-license' : 'general-public-license',
      optionGroupMemberships: [
        { optionGroupName: `default:${o.engine}-${o.version.split('.')[0]}`, status: 'in-sync' },
      ],
      publiclyAccessible: o.public,
      storageType: 'gp3',
      dbInstancePort: 0,
      dBClusterIdentifier: null,
      storageEncrypted: o.kmsKeyArn !== null,
      ...(o.kmsKeyArn === null ? {} : { kmsKeyId: o.kmsKeyArn }),
      dbiResourceId,
      cACertificateIdentifier: 'rds-ca-rsa2048-g1',
      domainMemberships: [],
      copyTagsToSnapshot: true,
      monitoringInterval: 60,
      enabledCloudwatchLogsExports: o.engine === 'postgres' ? ['postgresql'] : [],
      dBInstanceArn: arn,
      iAMDatabaseAuthenticationEnabled: o.iamAuth,
      performanceInsightsEnabled: o.multiAZ,
      deletionProtection: o.deletionProtection,
      associatedRoles: [],
      tagList: tagList(o.tags),
      customerOwnedIpEnabled: false,
      networkType: 'IPV4',
    },
    supplementary: {},
  });
  serviceEni(r, `rds/${id}`, {
    vpcId: o.vpcId,
    sgIds: o.sgIds,
    description: 'RDSNetworkInterface',
    created: o.created,
  });
  return { arn, port };
}

export function rdsSnapshot(
  r: RegionEstate,
  snapshotId: string,
  o: {
    instance: string;
    engine: 'postgres' | 'mysql';
    version: string;
    vpcId: string;
    type: 'manual' | 'automated';
    kmsKeyArn: string | null;
    sharedWith: string[];
    created: string;
    tags: Record<string, string>;
  },
) {
  const arn = `arn:aws:rds:${r.region}:${r.account.id}:snapshot:${snapshotId}`;
  r.push({
    resourceType: 'AWS::RDS::DBSnapshot',
    resourceId: snapshotId,
    resourceName: snapshotId,
    arn,
    region: r.region,
    availabilityZone: r.az(0),
    createdAt: o.created,
    tags: o.tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: o.vpcId, name: 'Is associated with Vpc' }],
    configuration: {
      dBSnapshotIdentifier: snapshotId,
      dBInstanceIdentifier: o.instance,
      snapshotCreateTime: o.created,
      engine: o.engine,
      allocatedStorage: 200,
      status: 'available',
      port: o.engine === 'postgres' ? 5432 : 3306,
      availabilityZone: r.az(0),
      vpcId: o.vpcId,
      masterUsername: 'nwf_admin',
      engineVersion: o.version,
      licenseModel: 'postgresql-license',
      snapshotType: o.type,
      percentProgress: 100,
      storageType: 'gp3',
      encrypted: o.kmsKeyArn !== null,
      ...(o.kmsKeyArn === null ? {} : { kmsKeyId: o.kmsKeyArn }),
      dBSnapshotArn: arn,
      iAMDatabaseAuthenticationEnabled: false,
      dbiResourceId: `db-${base32(r.seed(`dbi/${o.instance}`), 26)}`,
      tagList: tagList(o.tags),
    },
    supplementary: {
      DBSnapshotAttributes: [{ attributeName: 'restore', attributeValues: o.sharedWith }],
    },
  });
  return arn;
}
