/**
 * Test support: recorded responses of the application and data services of the replayed estate
 * (account 111122223333, resources in eu-west-1, nothing elsewhere), as the SDK returns them.
 * `fixtures/app-services-config-snapshot.json` describes the same resources as AWS Config exports
 * them, so a live scan must judge them as importing that snapshot does.
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const R = 'eu-west-1';
const d = (iso: string) => new Date(iso);
const arn = (service: string, resource: string) => `arn:aws:${service}:${R}:${ACCOUNT}:${resource}`;

export const ORDERS_API_ARN = arn('lambda', 'function:orders-api');
export const ORDERS_API_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'public-url',
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:InvokeFunctionUrl',
      Resource: ORDERS_API_ARN,
      Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
    },
  ],
};
export const ALERTS_TOPIC_POLICY = {
  Version: '2008-10-17',
  Statement: [
    {
      Sid: '__default_statement_ID',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['SNS:Publish', 'SNS:Subscribe'],
      Resource: arn('sns', 'alerts'),
      Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
    },
  ],
};
export const PUBLIC_TOPIC_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'anyone',
      Effect: 'Allow',
      Principal: '*',
      Action: ['SNS:Subscribe', 'SNS:Receive'],
      Resource: '*',
    },
  ],
};
export const PUBLIC_QUEUE_POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'send', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: '*' },
  ],
};
export const ORDERS_BUS_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'partner',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'events:PutEvents',
      Resource: arn('events', 'event-bus/orders'),
    },
  ],
};
const FEEDBACK_ROLE = `arn:aws:iam::${ACCOUNT}:role/sns-delivery-status`;
const KEY = arn('kms', 'key/1111aaaa-2222-bbbb-3333-cccc4444dddd');

/** The application and data services' recordings: eu-west-1 first, then empty answers everywhere else. */
export function appServiceRecordings(): Recording[] {
  const r = R;
  return [
    // Lambda
    {
      service: 'lambda',
      operation: 'ListFunctions',
      region: r,
      output: {
        Functions: [
          {
            FunctionName: 'orders-api',
            FunctionArn: ORDERS_API_ARN,
            Runtime: 'nodejs22.x',
            PackageType: 'Zip',
            Role: `arn:aws:iam::${ACCOUNT}:role/orders-api`,
            VpcConfig: {
              SubnetIds: ['subnet-0a1', 'subnet-0b2'],
              SecurityGroupIds: ['sg-0a1'],
              VpcId: 'vpc-0a1',
            },
            TracingConfig: { Mode: 'Active' },
            LastModified: '2026-05-01T10:00:00.000+0000',
          },
          {
            FunctionName: 'legacy-report',
            FunctionArn: arn('lambda', 'function:legacy-report'),
            Runtime: 'python3.8',
            PackageType: 'Zip',
            VpcConfig: { SubnetIds: [], SecurityGroupIds: [] },
            TracingConfig: { Mode: 'PassThrough' },
          },
        ],
        NextMarker: 'page-2',
      },
      when: (p) => p.Marker === undefined,
    },
    {
      service: 'lambda',
      operation: 'ListFunctions',
      region: r,
      when: (p) => p.Marker === 'page-2',
      output: {
        Functions: [
          {
            FunctionName: 'image-fn',
            FunctionArn: arn('lambda', 'function:image-fn'),
            PackageType: 'Image',
            VpcConfig: { SubnetIds: ['subnet-0a1'], SecurityGroupIds: ['sg-0a1'], VpcId: 'vpc-0a1' },
            TracingConfig: { Mode: 'PassThrough' },
          },
        ],
      },
    },
    {
      service: 'lambda',
      operation: 'GetPolicy',
      region: r,
      when: (p) => p.FunctionName === 'orders-api',
      output: { Policy: JSON.stringify(ORDERS_API_POLICY), RevisionId: 'r1' },
    },
    {
      service: 'lambda',
      operation: 'GetPolicy',
      region: r,
      error: {
        status: 404,
        code: 'ResourceNotFoundException',
        message: 'The resource you requested does not exist.',
      },
    },
    {
      service: 'lambda',
      operation: 'ListTags',
      region: r,
      output: (req) => ({
        Tags: String(req.params.Resource).endsWith(':orders-api') ? { Owner: 'shop' } : {},
      }),
    },
    // SNS
    {
      service: 'sns',
      operation: 'ListTopics',
      region: r,
      output: { Topics: [{ TopicArn: arn('sns', 'alerts') }, { TopicArn: arn('sns', 'public-events') }] },
    },
    {
      service: 'sns',
      operation: 'GetTopicAttributes',
      region: r,
      when: (p) => p.TopicArn === arn('sns', 'alerts'),
      output: {
        Attributes: {
          TopicArn: arn('sns', 'alerts'),
          Owner: ACCOUNT,
          DisplayName: 'alerts',
          KmsMasterKeyId: 'alias/aws/sns',
          Policy: JSON.stringify(ALERTS_TOPIC_POLICY),
          SQSSuccessFeedbackRoleArn: FEEDBACK_ROLE,
          SQSFailureFeedbackRoleArn: FEEDBACK_ROLE,
          SQSSuccessFeedbackSampleRate: '100',
        },
      },
    },
    {
      service: 'sns',
      operation: 'GetTopicAttributes',
      region: r,
      output: {
        Attributes: {
          TopicArn: arn('sns', 'public-events'),
          Owner: ACCOUNT,
          Policy: JSON.stringify(PUBLIC_TOPIC_POLICY),
        },
      },
    },
    // SQS
    {
      service: 'sqs',
      operation: 'ListQueues',
      region: r,
      output: {
        QueueUrls: [
          `https://sqs.${r}.amazonaws.com/${ACCOUNT}/jobs`,
          `https://sqs.${r}.amazonaws.com/${ACCOUNT}/legacy-queue`,
        ],
      },
    },
    {
      service: 'sqs',
      operation: 'GetQueueAttributes',
      region: r,
      when: (p) => String(p.QueueUrl).endsWith('/jobs'),
      output: {
        Attributes: { QueueArn: arn('sqs', 'jobs'), SqsManagedSseEnabled: 'true', VisibilityTimeout: '30' },
      },
    },
    {
      service: 'sqs',
      operation: 'GetQueueAttributes',
      region: r,
      output: {
        Attributes: {
          QueueArn: arn('sqs', 'legacy-queue'),
          SqsManagedSseEnabled: 'false',
          Policy: JSON.stringify(PUBLIC_QUEUE_POLICY),
        },
      },
    },
    // Kinesis
    {
      service: 'kinesis',
      operation: 'ListStreams',
      region: r,
      output: { StreamNames: ['clicks', 'raw-events'], HasMoreStreams: false },
    },
    {
      service: 'kinesis',
      operation: 'DescribeStreamSummary',
      region: r,
      output: (req) => {
        const name = String(req.params.StreamName);
        return {
          StreamDescriptionSummary: {
            StreamName: name,
            StreamARN: arn('kinesis', `stream/${name}`),
            StreamStatus: 'ACTIVE',
            RetentionPeriodHours: 24,
            StreamCreationTimestamp: d('2025-01-01T00:00:00Z'),
            EnhancedMonitoring: [],
            OpenShardCount: 1,
            ...(name === 'clicks'
              ? { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }
              : { EncryptionType: 'NONE' }),
          },
        };
      },
    },
    // Step Functions
    {
      service: 'states',
      operation: 'ListStateMachines',
      region: r,
      output: {
        stateMachines: [
          {
            stateMachineArn: arn('states', 'stateMachine:checkout'),
            name: 'checkout',
            type: 'STANDARD',
            creationDate: d('2025-01-01T00:00:00Z'),
          },
          {
            stateMachineArn: arn('states', 'stateMachine:batch'),
            name: 'batch',
            type: 'STANDARD',
            creationDate: d('2025-01-01T00:00:00Z'),
          },
        ],
      },
    },
    {
      service: 'states',
      operation: 'DescribeStateMachine',
      region: r,
      output: (req) => {
        const machine = String(req.params.stateMachineArn);
        const name = machine.split(':').pop() ?? '';
        return {
          stateMachineArn: machine,
          name,
          definition: '{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}',
          roleArn: `arn:aws:iam::${ACCOUNT}:role/sfn`,
          type: 'STANDARD',
          creationDate: d('2025-01-01T00:00:00Z'),
          loggingConfiguration: { level: name === 'checkout' ? 'ERROR' : 'OFF', includeExecutionData: false },
        };
      },
    },
    // EventBridge
    {
      service: 'events',
      operation: 'ListEventBuses',
      region: r,
      output: {
        EventBuses: [
          { Name: 'default', Arn: arn('events', 'event-bus/default') },
          {
            Name: 'orders',
            Arn: arn('events', 'event-bus/orders'),
            Policy: JSON.stringify(ORDERS_BUS_POLICY),
          },
          { Name: 'audit', Arn: arn('events', 'event-bus/audit') },
        ],
      },
    },
    // ECR
    {
      service: 'ecr',
      operation: 'DescribeRepositories',
      region: r,
      output: {
        repositories: [
          {
            repositoryArn: arn('ecr', 'repository/shop/web'),
            registryId: ACCOUNT,
            repositoryName: 'shop/web',
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfiguration: { encryptionType: 'KMS', kmsKey: KEY },
          },
          {
            repositoryArn: arn('ecr', 'repository/shop/legacy'),
            registryId: ACCOUNT,
            repositoryName: 'shop/legacy',
            imageTagMutability: 'MUTABLE',
            imageScanningConfiguration: { scanOnPush: false },
            encryptionConfiguration: { encryptionType: 'AES256' },
          },
        ],
      },
    },
    {
      service: 'ecr',
      operation: 'BatchGetRepositoryScanningConfiguration',
      region: r,
      output: {
        scanningConfigurations: [
          {
            repositoryName: 'shop/web',
            repositoryArn: arn('ecr', 'repository/shop/web'),
            scanOnPush: true,
            scanFrequency: 'SCAN_ON_PUSH',
            appliedScanFilters: [],
          },
          {
            repositoryName: 'shop/legacy',
            repositoryArn: arn('ecr', 'repository/shop/legacy'),
            scanOnPush: false,
            scanFrequency: 'MANUAL',
            appliedScanFilters: [],
          },
        ],
        failures: [],
      },
    },
    {
      service: 'ecr',
      operation: 'GetLifecyclePolicy',
      region: r,
      when: (p) => p.repositoryName === 'shop/web',
      output: {
        registryId: ACCOUNT,
        repositoryName: 'shop/web',
        lifecyclePolicyText:
          '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}',
      },
    },
    {
      service: 'ecr',
      operation: 'GetLifecyclePolicy',
      region: r,
      error: {
        status: 400,
        code: 'LifecyclePolicyNotFoundException',
        message: 'Lifecycle policy does not exist',
      },
    },
    // EFS
    {
      service: 'elasticfilesystem',
      operation: 'DescribeFileSystems',
      region: r,
      output: {
        FileSystems: [
          {
            FileSystemId: 'fs-0aaa1111',
            FileSystemArn: arn('elasticfilesystem', 'file-system/fs-0aaa1111'),
            Name: 'shared',
            Encrypted: true,
            KmsKeyId: KEY,
            OwnerId: ACCOUNT,
            CreationToken: 't1',
            CreationTime: d('2025-01-01T00:00:00Z'),
            LifeCycleState: 'available',
            NumberOfMountTargets: 2,
            SizeInBytes: { Value: 6144 },
            PerformanceMode: 'generalPurpose',
            Tags: [{ Key: 'Name', Value: 'shared' }],
          },
          {
            FileSystemId: 'fs-0bbb2222',
            FileSystemArn: arn('elasticfilesystem', 'file-system/fs-0bbb2222'),
            Name: 'scratch',
            Encrypted: false,
            OwnerId: ACCOUNT,
            CreationToken: 't2',
            CreationTime: d('2025-01-01T00:00:00Z'),
            LifeCycleState: 'available',
            NumberOfMountTargets: 1,
            SizeInBytes: { Value: 6144 },
            PerformanceMode: 'generalPurpose',
            Tags: [{ Key: 'Name', Value: 'scratch' }],
          },
        ],
      },
    },
    {
      service: 'elasticfilesystem',
      operation: 'DescribeBackupPolicy',
      region: r,
      when: (p) => p.FileSystemId === 'fs-0aaa1111',
      output: { BackupPolicy: { Status: 'ENABLED' } },
    },
    {
      service: 'elasticfilesystem',
      operation: 'DescribeBackupPolicy',
      region: r,
      error: { status: 404, code: 'PolicyNotFound', message: 'no backup policy' },
    },
    {
      service: 'elasticfilesystem',
      operation: 'DescribeAccessPoints',
      region: r,
      output: {
        AccessPoints: [
          {
            AccessPointId: 'fsap-0aaa1111',
            AccessPointArn: arn('elasticfilesystem', 'access-point/fsap-0aaa1111'),
            FileSystemId: 'fs-0aaa1111',
            Name: 'app',
            PosixUser: { Uid: 1000, Gid: 1000 },
            RootDirectory: { Path: '/app' },
            LifeCycleState: 'available',
          },
          {
            AccessPointId: 'fsap-0bbb2222',
            AccessPointArn: arn('elasticfilesystem', 'access-point/fsap-0bbb2222'),
            FileSystemId: 'fs-0aaa1111',
            Name: 'everything',
            RootDirectory: { Path: '/' },
            LifeCycleState: 'available',
          },
        ],
      },
    },
    // DynamoDB
    {
      service: 'dynamodb',
      operation: 'ListTables',
      region: r,
      output: { TableNames: ['orders', 'sessions'] },
    },
    {
      service: 'dynamodb',
      operation: 'DescribeTable',
      region: r,
      output: (req) => {
        const name = String(req.params.TableName);
        const orders = name === 'orders';
        return {
          Table: {
            TableName: name,
            TableArn: arn('dynamodb', `table/${name}`),
            TableStatus: 'ACTIVE',
            CreationDateTime: d('2025-01-01T00:00:00Z'),
            ...(orders ? { BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' } } : {}),
            ProvisionedThroughput: { ReadCapacityUnits: orders ? 0 : 5, WriteCapacityUnits: orders ? 0 : 5 },
            DeletionProtectionEnabled: orders,
          },
        };
      },
    },
    {
      service: 'dynamodb',
      operation: 'DescribeContinuousBackups',
      region: r,
      output: (req) => ({
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: {
            PointInTimeRecoveryStatus: req.params.TableName === 'orders' ? 'ENABLED' : 'DISABLED',
          },
        },
      }),
    },
    // AWS Backup
    {
      service: 'backup',
      operation: 'ListBackupVaults',
      region: r,
      output: {
        BackupVaultList: [
          { BackupVaultName: 'Default', BackupVaultArn: arn('backup', 'backup-vault:Default') },
        ],
      },
    },
    {
      service: 'backup',
      operation: 'ListRecoveryPointsByBackupVault',
      region: r,
      output: {
        RecoveryPoints: [
          {
            RecoveryPointArn: arn('backup', 'recovery-point:rp-encrypted'),
            BackupVaultName: 'Default',
            ResourceArn: arn('dynamodb', 'table/orders'),
            ResourceType: 'DynamoDB',
            Status: 'COMPLETED',
            IsEncrypted: true,
            EncryptionKeyArn: KEY,
            CreationDate: d('2026-05-30T00:00:00Z'),
          },
          {
            RecoveryPointArn: `arn:aws:ec2:${r}::snapshot/snap-0ccc3333`,
            BackupVaultName: 'Default',
            ResourceArn: arn('ec2', 'volume/vol-0ccc3333'),
            ResourceType: 'EBS',
            Status: 'COMPLETED',
            IsEncrypted: false,
            CreationDate: d('2026-05-30T00:00:00Z'),
          },
        ],
      },
    },
    // Athena
    {
      service: 'athena',
      operation: 'ListWorkGroups',
      region: r,
      output: {
        WorkGroups: [
          { Name: 'primary', State: 'ENABLED' },
          { Name: 'analytics', State: 'ENABLED' },
        ],
      },
    },
    {
      service: 'athena',
      operation: 'GetWorkGroup',
      region: r,
      output: (req) => {
        const name = String(req.params.WorkGroup);
        return {
          WorkGroup: {
            Name: name,
            State: 'ENABLED',
            Configuration:
              name === 'analytics'
                ? {
                    ResultConfiguration: {
                      OutputLocation: 's3://athena-results/analytics/',
                      EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: KEY },
                    },
                    EnforceWorkGroupConfiguration: true,
                  }
                : { ResultConfiguration: { OutputLocation: 's3://athena-results/primary/' } },
          },
        };
      },
    },
    // Secrets Manager
    {
      service: 'secretsmanager',
      operation: 'ListSecrets',
      region: r,
      output: {
        SecretList: [
          {
            ARN: arn('secretsmanager', 'secret:prod/db-AbCdEf'),
            Name: 'prod/db',
            RotationEnabled: true,
            RotationLambdaARN: arn('lambda', 'function:rotate-db'),
            RotationRules: { AutomaticallyAfterDays: 30 },
            LastRotatedDate: d('2026-05-20T00:00:00Z'),
            LastAccessedDate: d('2026-05-31T00:00:00Z'),
            CreatedDate: d('2025-01-01T00:00:00Z'),
            Tags: [{ Key: 'Owner', Value: 'payments' }],
          },
          {
            ARN: arn('secretsmanager', 'secret:old/api-key-GhIjKl'),
            Name: 'old/api-key',
            LastAccessedDate: d('2025-10-01T00:00:00Z'),
            CreatedDate: d('2024-01-01T00:00:00Z'),
          },
        ],
      },
    },
    // ACM
    {
      service: 'acm',
      operation: 'ListCertificates',
      region: r,
      output: {
        CertificateSummaryList: [
          { CertificateArn: arn('acm', 'certificate/11111111-aaaa'), DomainName: 'shop.example.com' },
          { CertificateArn: arn('acm', 'certificate/22222222-bbbb'), DomainName: 'legacy.example.com' },
        ],
      },
    },
    {
      service: 'acm',
      operation: 'DescribeCertificate',
      region: r,
      output: (req) => {
        const legacy = String(req.params.CertificateArn).endsWith('22222222-bbbb');
        return {
          Certificate: {
            CertificateArn: String(req.params.CertificateArn),
            DomainName: legacy ? 'legacy.example.com' : 'shop.example.com',
            Status: 'ISSUED',
            Type: legacy ? 'IMPORTED' : 'AMAZON_ISSUED',
            KeyAlgorithm: legacy ? 'RSA_1024' : 'RSA_2048',
            NotBefore: d('2025-06-10T00:00:00Z'),
            NotAfter: d(legacy ? '2026-06-10T00:00:00Z' : '2027-01-01T00:00:00Z'),
            InUseBy: [],
          },
        };
      },
    },
    // Systems Manager
    {
      service: 'ssm',
      operation: 'ListDocuments',
      region: r,
      output: {
        DocumentIdentifiers: [
          { Name: 'deploy-app', Owner: ACCOUNT, DocumentType: 'Command', DocumentFormat: 'YAML' },
          { Name: 'runbook', Owner: ACCOUNT, DocumentType: 'Automation', DocumentFormat: 'YAML' },
        ],
      },
    },
    {
      service: 'ssm',
      operation: 'DescribeDocumentPermission',
      region: r,
      output: (req) => ({ AccountIds: req.params.Name === 'deploy-app' ? ['all'] : ['444455556666'] }),
    },
    {
      service: 'ssm',
      operation: 'ListResourceComplianceSummaries',
      region: r,
      output: {
        ResourceComplianceSummaryItems: [
          {
            ComplianceType: 'Patch',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-0aaa1111bbbb2222c',
            Status: 'NON_COMPLIANT',
          },
          {
            ComplianceType: 'Association',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-0aaa1111bbbb2222c',
            Status: 'COMPLIANT',
          },
          {
            ComplianceType: 'Custom:Inventory',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-0aaa1111bbbb2222c',
            Status: 'COMPLIANT',
          },
        ],
      },
    },
    {
      service: 'ssm',
      operation: 'ListComplianceItems',
      region: r,
      output: {
        ComplianceItems: [
          {
            ComplianceType: 'Patch',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-0aaa1111bbbb2222c',
            Id: 'KB5034441',
            Title: 'Security update',
            Status: 'NON_COMPLIANT',
            Severity: 'CRITICAL',
          },
          {
            ComplianceType: 'Patch',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-0aaa1111bbbb2222c',
            Id: 'KB5034439',
            Title: 'Update',
            Status: 'COMPLIANT',
            Severity: 'UNSPECIFIED',
          },
        ],
      },
    },
    ...emptyAppServiceRecordings(),
  ];
}

/** Every application and data service, empty: for regions (and estates) without any of them. */
export function emptyAppServiceRecordings(): Recording[] {
  return [
    { service: 'lambda', operation: 'ListFunctions', output: { Functions: [] } },
    { service: 'sns', operation: 'ListTopics', output: { Topics: [] } },
    { service: 'sqs', operation: 'ListQueues', output: {} },
    { service: 'kinesis', operation: 'ListStreams', output: { StreamNames: [], HasMoreStreams: false } },
    { service: 'states', operation: 'ListStateMachines', output: { stateMachines: [] } },
    { service: 'events', operation: 'ListEventBuses', output: { EventBuses: [] } },
    { service: 'ecr', operation: 'DescribeRepositories', output: { repositories: [] } },
    { service: 'elasticfilesystem', operation: 'DescribeFileSystems', output: { FileSystems: [] } },
    { service: 'elasticfilesystem', operation: 'DescribeAccessPoints', output: { AccessPoints: [] } },
    { service: 'dynamodb', operation: 'ListTables', output: { TableNames: [] } },
    { service: 'backup', operation: 'ListBackupVaults', output: { BackupVaultList: [] } },
    { service: 'athena', operation: 'ListWorkGroups', output: { WorkGroups: [] } },
    { service: 'secretsmanager', operation: 'ListSecrets', output: { SecretList: [] } },
    { service: 'acm', operation: 'ListCertificates', output: { CertificateSummaryList: [] } },
    { service: 'ssm', operation: 'ListDocuments', output: { DocumentIdentifiers: [] } },
    {
      service: 'ssm',
      operation: 'ListResourceComplianceSummaries',
      output: { ResourceComplianceSummaryItems: [] },
    },
  ];
}
