/**
 * Test support: recorded responses of a small AWS estate (account 111122223333; eu-west-1 holds the
 * resources, us-east-1 is empty), as the SDK returns them. `fixtures/estate-config-snapshot.json` and
 * `fixtures/estate-credential-report.csv` describe the same estate as AWS Config and IAM export it,
 * so a live scan against these recordings must judge it as importing those files does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edgeRecordings } from './edge-estate.js';
import { firewallRecordings } from './firewall-estate.js';
import { coreEstateRecordings } from './estate-core.js';
import type { Recording } from './replay-server.js';
import { analyticsRecordings } from './analytics-estate.js';
import { dbEstateEmptyRecordings, dbEstateRecordings } from './db-estate.js';
import { appServiceRecordings } from './app-services-estate.js';
import { ec2s3Recordings } from './ec2s3-estate.js';
import { appsRecordings } from './apps-estate.js';
import { monitoringEmptyRecordings } from './monitoring-estate.js';
import { macieRecordings } from './macie-estate.js';
import { backupDataEmptyRecordings } from './backup-data-estate.js';

export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-1';
export const OTHER_REGION = 'us-east-1';
/** Access key of the replayed caller: the replay server reads the account from its last 12 digits. */
export const ACCESS_KEY = `AKIDREPLAY${ACCOUNT}`;

const enc = (doc: unknown) => encodeURIComponent(JSON.stringify(doc));
const d = (iso: string) => new Date(iso);

/** The IAM credential report, as `aws iam get-credential-report` delivers it (decoded). */
export const CREDENTIAL_REPORT_CSV = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'estate-credential-report.csv'),
  'utf8',
);

const ADMIN_INLINE = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const TRUST_VENDOR = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' },
  ],
};
const DATA_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
};
export const KEY_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'root',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};
export const LOGS_BUCKET_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'TlsOnly',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::nw-logs', 'arn:aws:s3:::nw-logs/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111aaaa-2222-bbbb-3333-cccc4444dddd`;
const LB_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/shop/50dc6c495c0c9188`;
const LISTENER_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2`;

/** The estate's recordings; region-specific answers first, then empty answers for every other region. */
export function estateRecordings(): Recording[] {
  const r = REGION;
  return [
    ...analyticsRecordings(),
    ...dbEstateRecordings(),
    {
      service: 'sts',
      operation: 'GetCallerIdentity',
      output: { Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/scanner`, UserId: 'AIDASCANNER' },
    },
    {
      service: 'ec2',
      operation: 'DescribeRegions',
      output: { Regions: [{ RegionName: OTHER_REGION }, { RegionName: REGION }] },
    },
    // Security groups: two pages.
    {
      service: 'ec2',
      operation: 'DescribeSecurityGroups',
      region: r,
      when: (p) => p.NextToken === undefined,
      output: {
        NextToken: 'page-2',
        SecurityGroups: [
          {
            GroupId: 'sg-0aaa1111',
            GroupName: 'web',
            Description: 'web servers',
            VpcId: 'vpc-0e1',
            OwnerId: ACCOUNT,
            IpPermissions: [
              {
                IpProtocol: 'tcp',
                FromPort: 22,
                ToPort: 22,
                IpRanges: [{ CidrIp: '0.0.0.0/0' }],
                Ipv6Ranges: [],
                UserIdGroupPairs: [],
                PrefixListIds: [],
              },
              {
                IpProtocol: 'tcp',
                FromPort: 443,
                ToPort: 443,
                IpRanges: [{ CidrIp: '0.0.0.0/0' }],
                Ipv6Ranges: [],
                UserIdGroupPairs: [],
                PrefixListIds: [],
              },
            ],
            IpPermissionsEgress: [
              {
                IpProtocol: '-1',
                IpRanges: [{ CidrIp: '0.0.0.0/0' }],
                Ipv6Ranges: [],
                UserIdGroupPairs: [],
                PrefixListIds: [],
              },
            ],
            Tags: [{ Key: 'Owner', Value: 'shop' }],
          },
        ],
      },
    },
    {
      service: 'ec2',
      operation: 'DescribeSecurityGroups',
      region: r,
      when: (p) => p.NextToken === 'page-2',
      output: {
        SecurityGroups: [
          {
            GroupId: 'sg-0bbb2222',
            GroupName: 'default',
            Description: 'default VPC security group',
            VpcId: 'vpc-0e1',
            OwnerId: ACCOUNT,
            IpPermissions: [
              {
                IpProtocol: '-1',
                IpRanges: [],
                Ipv6Ranges: [],
                UserIdGroupPairs: [{ GroupId: 'sg-0bbb2222', UserId: ACCOUNT }],
                PrefixListIds: [],
              },
            ],
            IpPermissionsEgress: [
              {
                IpProtocol: '-1',
                IpRanges: [{ CidrIp: '0.0.0.0/0' }],
                Ipv6Ranges: [],
                UserIdGroupPairs: [],
                PrefixListIds: [],
              },
            ],
          },
        ],
      },
    },
    {
      service: 'ec2',
      operation: 'DescribeInstances',
      region: r,
      output: {
        Reservations: [
          {
            ReservationId: 'r-1',
            OwnerId: ACCOUNT,
            Instances: [
              {
                InstanceId: 'i-0123456789abcdef0',
                ImageId: 'ami-0abc',
                InstanceType: 't3.micro',
                State: { Code: 16, Name: 'running' },
                VirtualizationType: 'hvm',
                StateTransitionReason: '',
                NetworkInterfaces: [{ NetworkInterfaceId: 'eni-0e1', Status: 'in-use' }],
                PrivateIpAddress: '10.0.1.10',
                PublicIpAddress: '203.0.113.10',
                SubnetId: 'subnet-0s1',
                VpcId: 'vpc-0e1',
                SecurityGroups: [{ GroupId: 'sg-0aaa1111', GroupName: 'web' }],
                MetadataOptions: {
                  State: 'applied',
                  HttpTokens: 'optional',
                  HttpPutResponseHopLimit: 1,
                  HttpEndpoint: 'enabled',
                },
                LaunchTime: d('2026-01-01T00:00:00Z'),
                Tags: [{ Key: 'Name', Value: 'web-1' }],
              },
            ],
          },
        ],
      },
    },
    {
      service: 'ec2',
      operation: 'DescribeVolumes',
      region: r,
      output: {
        Volumes: [
          {
            VolumeId: 'vol-0v1',
            Encrypted: false,
            Size: 8,
            State: 'in-use',
            VolumeType: 'gp3',
            SnapshotId: '',
            AvailabilityZone: 'eu-west-1a',
            CreateTime: d('2026-01-01T00:00:00Z'),
            Attachments: [
              {
                InstanceId: 'i-0123456789abcdef0',
                Device: '/dev/xvda',
                State: 'attached',
                DeleteOnTermination: true,
                VolumeId: 'vol-0v1',
              },
            ],
          },
        ],
      },
    },
    {
      service: 'ec2',
      operation: 'DescribeVpcs',
      region: r,
      output: {
        Vpcs: [
          {
            VpcId: 'vpc-0e1',
            IsDefault: false,
            CidrBlock: '10.0.0.0/16',
            State: 'available',
            CidrBlockAssociationSet: [
              { AssociationId: 'a-1', CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } },
            ],
            OwnerId: ACCOUNT,
          },
        ],
      },
    },
    {
      service: 'ec2',
      operation: 'GetEbsEncryptionByDefault',
      region: r,
      output: { EbsEncryptionByDefault: false },
    },
    { service: 'ec2', operation: 'GetEbsEncryptionByDefault', output: { EbsEncryptionByDefault: true } },
    // KMS: one throttled answer, then the list.
    {
      service: 'kms',
      operation: 'ListKeys',
      region: r,
      times: 1,
      error: { status: 400, code: 'ThrottlingException', message: 'Rate exceeded' },
    },
    {
      service: 'kms',
      operation: 'ListKeys',
      region: r,
      output: {
        Keys: [{ KeyId: '1111aaaa-2222-bbbb-3333-cccc4444dddd', KeyArn: KEY_ARN }],
        Truncated: false,
      },
    },
    {
      service: 'kms',
      operation: 'DescribeKey',
      region: r,
      output: {
        KeyMetadata: {
          KeyId: '1111aaaa-2222-bbbb-3333-cccc4444dddd',
          Arn: KEY_ARN,
          AWSAccountId: ACCOUNT,
          KeyManager: 'CUSTOMER',
          KeySpec: 'SYMMETRIC_DEFAULT',
          CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
          KeyUsage: 'ENCRYPT_DECRYPT',
          KeyState: 'Enabled',
          Origin: 'AWS_KMS',
          MultiRegion: false,
          Enabled: true,
          CreationDate: d('2025-01-01T00:00:00Z'),
        },
      },
    },
    { service: 'kms', operation: 'GetKeyRotationStatus', region: r, output: { KeyRotationEnabled: false } },
    {
      service: 'kms',
      operation: 'GetKeyPolicy',
      region: r,
      output: { Policy: JSON.stringify(KEY_POLICY), PolicyName: 'default' },
    },
    {
      service: 'kms',
      operation: 'ListResourceTags',
      region: r,
      output: { Tags: [{ TagKey: 'Owner', TagValue: 'security' }], Truncated: false },
    },
    {
      service: 'cloudtrail',
      operation: 'DescribeTrails',
      region: r,
      output: {
        trailList: [
          {
            Name: 'main',
            S3BucketName: 'nw-logs',
            IncludeGlobalServiceEvents: true,
            IsMultiRegionTrail: true,
            HomeRegion: r,
            TrailARN: `arn:aws:cloudtrail:${r}:${ACCOUNT}:trail/main`,
            LogFileValidationEnabled: false,
            HasCustomEventSelectors: true,
            HasInsightSelectors: false,
            IsOrganizationTrail: false,
          },
        ],
      },
    },
    { service: 'cloudtrail', operation: 'GetTrailStatus', region: r, output: { IsLogging: true } },
    {
      service: 'cloudtrail',
      operation: 'GetEventSelectors',
      region: r,
      output: {
        TrailARN: `arn:aws:cloudtrail:${r}:${ACCOUNT}:trail/main`,
        EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }],
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBInstances',
      region: r,
      output: {
        DBInstances: [
          {
            DBInstanceIdentifier: 'orders',
            DBInstanceArn: `arn:aws:rds:${r}:${ACCOUNT}:db:orders`,
            DbiResourceId: 'db-ORDERS1',
            DBInstanceClass: 'db.t3.micro',
            Engine: 'postgres',
            EngineVersion: '16.3',
            DBInstanceStatus: 'available',
            Endpoint: { Address: 'orders.x.eu-west-1.rds.amazonaws.com', Port: 5432 },
            PubliclyAccessible: true,
            StorageEncrypted: false,
            BackupRetentionPeriod: 0,
            AutoMinorVersionUpgrade: false,
            MultiAZ: false,
            DeletionProtection: false,
            IAMDatabaseAuthenticationEnabled: false,
            MonitoringInterval: 0,
            CopyTagsToSnapshot: false,
            MasterUsername: 'postgres',
            DBParameterGroups: [{ DBParameterGroupName: 'orders-pg16', ParameterApplyStatus: 'in-sync' }],
            VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0aaa1111', Status: 'active' }],
            DBSubnetGroup: { DBSubnetGroupName: 'default', VpcId: 'vpc-0e1' },
            TagList: [{ Key: 'Owner', Value: 'orders' }],
          },
        ],
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBSnapshots',
      region: r,
      output: {
        DBSnapshots: [
          {
            DBSnapshotIdentifier: 'orders-manual',
            DBSnapshotArn: `arn:aws:rds:${r}:${ACCOUNT}:snapshot:orders-manual`,
            DBInstanceIdentifier: 'orders',
            SnapshotType: 'manual',
            Engine: 'postgres',
            Encrypted: false,
            VpcId: 'vpc-0e1',
            Status: 'available',
          },
        ],
      },
    },
    {
      service: 'rds',
      operation: 'DescribeDBSnapshotAttributes',
      region: r,
      output: {
        DBSnapshotAttributesResult: {
          DBSnapshotIdentifier: 'orders-manual',
          DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }],
        },
      },
    },
    {
      service: 'elasticloadbalancing',
      operation: 'DescribeLoadBalancers',
      region: r,
      output: {
        LoadBalancers: [
          {
            LoadBalancerArn: LB_ARN,
            LoadBalancerName: 'shop',
            DNSName: 'shop-1.eu-west-1.elb.amazonaws.com',
            Scheme: 'internet-facing',
            Type: 'application',
            VpcId: 'vpc-0e1',
            SecurityGroups: ['sg-0aaa1111'],
            AvailabilityZones: [{ ZoneName: `${r}a`, SubnetId: 'subnet-0a1' }],
            State: { Code: 'active' },
            CreatedTime: d('2025-06-01T00:00:00Z'),
          },
        ],
      },
    },
    {
      service: 'elasticloadbalancing',
      operation: 'DescribeLoadBalancerAttributes',
      region: r,
      output: {
        Attributes: [
          { Key: 'access_logs.s3.enabled', Value: 'false' },
          { Key: 'access_logs.s3.bucket', Value: '' },
          { Key: 'deletion_protection.enabled', Value: 'false' },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' },
          { Key: 'routing.http.desync_mitigation_mode', Value: 'monitor' },
        ],
      },
    },
    {
      service: 'elasticloadbalancing',
      operation: 'DescribeListeners',
      region: r,
      output: {
        Listeners: [
          {
            ListenerArn: LISTENER_ARN,
            LoadBalancerArn: LB_ARN,
            Port: 80,
            Protocol: 'HTTP',
            DefaultActions: [
              {
                Type: 'forward',
                TargetGroupArn: `arn:aws:elasticloadbalancing:${r}:${ACCOUNT}:targetgroup/web/1`,
                Order: 1,
              },
            ],
          },
        ],
      },
    },
    // EKS: a 429 first, then the list.
    {
      service: 'eks',
      operation: 'ListClusters',
      region: r,
      times: 1,
      error: { status: 429, code: 'TooManyRequestsException', message: 'Too many requests' },
    },
    { service: 'eks', operation: 'ListClusters', region: r, output: { clusters: ['prod'] } },
    {
      service: 'eks',
      operation: 'DescribeCluster',
      region: r,
      output: {
        cluster: {
          name: 'prod',
          arn: `arn:aws:eks:${r}:${ACCOUNT}:cluster/prod`,
          version: '1.29',
          status: 'ACTIVE',
          roleArn: `arn:aws:iam::${ACCOUNT}:role/eks`,
          resourcesVpcConfig: {
            subnetIds: ['subnet-0s1'],
            securityGroupIds: ['sg-0aaa1111'],
            vpcId: 'vpc-0e1',
            endpointPublicAccess: true,
            endpointPrivateAccess: false,
            publicAccessCidrs: ['0.0.0.0/0'],
          },
          logging: {
            clusterLogging: [
              { types: ['api'], enabled: true },
              { types: ['audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false },
            ],
          },
          tags: { Owner: 'platform' },
        },
      },
    },
    // S3 (global listing, buckets in eu-west-1).
    {
      service: 's3',
      operation: 'ListBuckets',
      output: {
        Buckets: [
          { Name: 'nw-logs', CreationDate: d('2024-01-01T00:00:00Z') },
          { Name: 'nw-public-assets', CreationDate: d('2024-01-01T00:00:00Z') },
        ],
        Owner: { ID: 'owner' },
      },
    },
    { service: 's3', operation: 'GetBucketLocation', output: { LocationConstraint: REGION } },
    {
      service: 's3',
      operation: 'GetBucketAcl',
      when: (p) => p.Bucket === 'nw-public-assets',
      output: {
        Owner: { ID: 'owner' },
        Grants: [
          { Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' },
          {
            Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' },
            Permission: 'READ',
          },
        ],
      },
    },
    {
      service: 's3',
      operation: 'GetBucketAcl',
      output: {
        Owner: { ID: 'owner' },
        Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' }],
      },
    },
    {
      service: 's3',
      operation: 'GetBucketPolicy',
      when: (p) => p.Bucket === 'nw-logs',
      output: { Policy: JSON.stringify(LOGS_BUCKET_POLICY) },
    },
    {
      service: 's3',
      operation: 'GetBucketPolicy',
      error: { status: 404, code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist' },
    },
    {
      service: 's3',
      operation: 'GetPublicAccessBlock',
      when: (p) => p.Bucket === 'nw-logs',
      output: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      },
    },
    {
      service: 's3',
      operation: 'GetPublicAccessBlock',
      error: { status: 404, code: 'NoSuchPublicAccessBlockConfiguration', message: 'none' },
    },
    {
      service: 's3',
      operation: 'GetBucketEncryption',
      when: (p) => p.Bucket === 'nw-logs',
      output: {
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY_ARN },
              BucketKeyEnabled: true,
            },
          ],
        },
      },
    },
    {
      service: 's3',
      operation: 'GetBucketEncryption',
      output: {
        ServerSideEncryptionConfiguration: {
          Rules: [
            { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false },
          ],
        },
      },
    },
    {
      service: 's3',
      operation: 'GetBucketVersioning',
      when: (p) => p.Bucket === 'nw-logs',
      output: { Status: 'Enabled', MFADelete: 'Disabled' },
    },
    { service: 's3', operation: 'GetBucketVersioning', output: {} },
    {
      service: 's3',
      operation: 'GetBucketLogging',
      when: (p) => p.Bucket === 'nw-public-assets',
      output: { LoggingEnabled: { TargetBucket: 'nw-logs', TargetPrefix: 'assets/' } },
    },
    { service: 's3', operation: 'GetBucketLogging', output: {} },
    {
      service: 's3',
      operation: 'GetObjectLockConfiguration',
      error: { status: 404, code: 'ObjectLockConfigurationNotFoundError', message: 'none' },
    },
    {
      service: 's3',
      operation: 'GetBucketTagging',
      when: (p) => p.Bucket === 'nw-public-assets',
      output: { TagSet: [{ Key: 'Owner', Value: 'web' }] },
    },
    {
      service: 's3',
      operation: 'GetBucketTagging',
      error: { status: 404, code: 'NoSuchTagSet', message: 'none' },
    },
    {
      service: 's3-control',
      operation: 'GetPublicAccessBlock',
      error: { status: 404, code: 'NoSuchPublicAccessBlockConfiguration', message: 'none' },
    },
    // IAM (global).
    {
      service: 'iam',
      operation: 'GetAccountAuthorizationDetails',
      output: {
        IsTruncated: false,
        UserDetailList: [
          {
            Path: '/',
            UserName: 'alice',
            UserId: 'AIDAALICE',
            Arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
            CreateDate: d('2020-01-15T09:30:00Z'),
            UserPolicyList: [{ PolicyName: 'break-glass', PolicyDocument: enc(ADMIN_INLINE) }],
            GroupList: ['developers'],
            AttachedManagedPolicies: [
              { PolicyName: 'data-access', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/data-access` },
            ],
            Tags: [{ Key: 'Owner', Value: 'platform' }],
          },
        ],
        RoleDetailList: [
          {
            Path: '/',
            RoleName: 'vendor-access',
            RoleId: 'AROAVENDOR',
            Arn: `arn:aws:iam::${ACCOUNT}:role/vendor-access`,
            CreateDate: d('2022-03-01T00:00:00Z'),
            AssumeRolePolicyDocument: enc(TRUST_VENDOR),
            InstanceProfileList: [],
            RolePolicyList: [],
            AttachedManagedPolicies: [
              { PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
            ],
            RoleLastUsed: { LastUsedDate: d('2026-05-01T00:00:00Z'), Region: 'eu-west-1' },
          },
        ],
        Policies: [
          {
            PolicyName: 'data-access',
            PolicyId: 'ANPADATA',
            Arn: `arn:aws:iam::${ACCOUNT}:policy/data-access`,
            Path: '/',
            DefaultVersionId: 'v1',
            AttachmentCount: 1,
            IsAttachable: true,
            CreateDate: d('2023-01-01T00:00:00Z'),
            UpdateDate: d('2023-01-01T00:00:00Z'),
            PolicyVersionList: [
              {
                Document: enc(DATA_ACCESS),
                VersionId: 'v1',
                IsDefaultVersion: true,
                CreateDate: d('2023-01-01T00:00:00Z'),
              },
            ],
          },
        ],
      },
    },
    { service: 'iam', operation: 'GenerateCredentialReport', output: { State: 'COMPLETE' } },
    {
      service: 'iam',
      operation: 'GetCredentialReport',
      output: {
        Content: Buffer.from(CREDENTIAL_REPORT_CSV),
        ReportFormat: 'text/csv',
        GeneratedTime: d('2026-06-01T00:00:00Z'),
      },
    },
    {
      service: 'iam',
      operation: 'GetAccountPasswordPolicy',
      output: {
        PasswordPolicy: {
          MinimumPasswordLength: 8,
          RequireSymbols: false,
          RequireNumbers: true,
          RequireUppercaseCharacters: true,
          RequireLowercaseCharacters: true,
          AllowUsersToChangePassword: true,
          ExpirePasswords: false,
          HardExpiry: false,
        },
      },
    },
    // Security services: Security Hub on in eu-west-1 only, GuardDuty on, Access Analyzer nowhere,
    // AWS Config recording everything in eu-west-1 only.
    {
      service: 'securityhub',
      operation: 'DescribeHub',
      region: r,
      output: { HubArn: `arn:aws:securityhub:${r}:${ACCOUNT}:hub/default` },
    },
    {
      service: 'securityhub',
      operation: 'DescribeHub',
      error: {
        status: 401,
        code: 'InvalidAccessException',
        message: 'Account is not subscribed to AWS Security Hub',
      },
    },
    { service: 'guardduty', operation: 'ListDetectors', output: { DetectorIds: ['det-1'] } },
    {
      service: 'guardduty',
      operation: 'GetDetector',
      output: {
        Status: 'ENABLED',
        ServiceRole: 'x',
        CreatedAt: '2025-01-01T00:00:00Z',
        Features: [
          { Name: 'S3_DATA_EVENTS', Status: 'ENABLED' },
          { Name: 'RDS_LOGIN_EVENTS', Status: 'DISABLED' },
        ],
      },
    },
    ...macieRecordings(),
    { service: 'access-analyzer', operation: 'ListAnalyzers', output: { analyzers: [] } },
    {
      service: 'config',
      operation: 'DescribeConfigurationRecorders',
      region: r,
      output: {
        ConfigurationRecorders: [
          {
            name: 'default',
            roleARN: `arn:aws:iam::${ACCOUNT}:role/config`,
            recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
          },
        ],
      },
    },
    {
      service: 'config',
      operation: 'DescribeConfigurationRecorderStatus',
      region: r,
      output: { ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }] },
    },
    {
      service: 'config',
      operation: 'DescribeConfigurationRecorders',
      output: { ConfigurationRecorders: [] },
    },
    {
      service: 'config',
      operation: 'DescribeConfigurationRecorderStatus',
      output: { ConfigurationRecordersStatus: [] },
    },
    {
      service: 'iam',
      operation: 'ListEntitiesForPolicy',
      output: {
        PolicyRoles: [{ RoleName: 'aws-support', RoleId: 'AROASUPPORT' }],
        PolicyUsers: [],
        PolicyGroups: [],
        IsTruncated: false,
      },
    },
    {
      service: 'iam',
      operation: 'ListServerCertificates',
      output: {
        ServerCertificateMetadataList: [
          {
            Path: '/',
            ServerCertificateName: 'old-shop',
            ServerCertificateId: 'ASCAOLD',
            Arn: `arn:aws:iam::${ACCOUNT}:server-certificate/old-shop`,
            Expiration: d('2025-01-01T00:00:00Z'),
          },
        ],
        IsTruncated: false,
      },
    },
    ...appsRecordings(),
    ...coreEstateRecordings(),
    ...ec2s3Recordings(),
    ...appServiceRecordings(),
    // Every other region: nothing there.
    { service: 'ec2', operation: 'DescribeSecurityGroups', output: { SecurityGroups: [] } },
    { service: 'ec2', operation: 'DescribeInstances', output: { Reservations: [] } },
    { service: 'ec2', operation: 'DescribeVolumes', output: { Volumes: [] } },
    { service: 'ec2', operation: 'DescribeVpcs', output: { Vpcs: [] } },
    { service: 'ec2', operation: 'DescribeFlowLogs', output: { FlowLogs: [] } },
    { service: 'kms', operation: 'ListKeys', output: { Keys: [], Truncated: false } },
    { service: 'cloudtrail', operation: 'DescribeTrails', output: { trailList: [] } },
    ...monitoringEmptyRecordings(),
    { service: 'rds', operation: 'DescribeDBInstances', output: { DBInstances: [] } },
    { service: 'rds', operation: 'DescribeDBSnapshots', output: { DBSnapshots: [] } },
    { service: 'elasticloadbalancing', operation: 'DescribeLoadBalancers', output: { LoadBalancers: [] } },
    { service: 'eks', operation: 'ListClusters', output: { clusters: [] } },
    ...edgeRecordings(),
    ...firewallRecordings(),
    ...dbEstateEmptyRecordings(),
    ...backupDataEmptyRecordings(),
  ];
}
