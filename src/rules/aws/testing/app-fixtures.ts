/** Secure baseline configs for the application-service rule tests (Lambda, SNS, SQS, ECR, EFS, ...). */
import type { ConfigOf } from '../../../inventory/types.js';

const ACCOUNT = '111122223333';

export const secureLambdaFunction: ConfigOf<'aws.lambda.function'> = {
  packageType: 'Zip',
  runtime: 'nodejs22.x',
  subnetIds: ['subnet-0a', 'subnet-0b'],
  tracingMode: 'Active',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 's3-invoke',
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:fn`,
        Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT } },
      },
    ],
  },
};

export const secureSnsTopic: ConfigOf<'aws.sns.topic'> = {
  kmsMasterKeyId: 'alias/aws/sns',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'owner',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['SNS:Publish', 'SNS:Subscribe'],
        Resource: `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`,
        Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
      },
    ],
  },
  deliveryStatusLogging: ['SQS'],
  confirmedSubscriptions: 1,
};

export const secureSqsQueue: ConfigOf<'aws.sqs.queue'> = {
  kmsMasterKeyId: null,
  sqsManagedSseEnabled: true,
  policy: null,
};

export const secureEcrRepository: ConfigOf<'aws.ecr.repository'> = {
  scanOnPush: true,
  scanFrequency: 'SCAN_ON_PUSH',
  imageTagMutability: 'IMMUTABLE',
  lifecyclePolicy: true,
  encryptionType: 'KMS',
};

export const secureEfsFileSystem: ConfigOf<'aws.efs.file-system'> = {
  encrypted: true,
  kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`,
  backupPolicyStatus: 'ENABLED',
};

export const secureEfsAccessPoint: ConfigOf<'aws.efs.access-point'> = {
  fileSystemId: 'fs-0123456789abcdef0',
  rootDirectoryPath: '/app',
  posixUser: { uid: '1000', gid: '1000' },
};

export const secureDynamoDbTable: ConfigOf<'aws.dynamodb.table'> = {
  billingMode: 'PAY_PER_REQUEST',
  pointInTimeRecovery: true,
  deletionProtection: true,
  tagsRead: true,
  readCapacityAutoScaling: false,
  writeCapacityAutoScaling: false,
};

/** Rotated every 30 days, last on 2026-05-20, read yesterday (tests run at 2026-06-01). */
export const secureSecret: ConfigOf<'aws.secretsmanager.secret'> = {
  rotationEnabled: true,
  rotationIntervalDays: 30,
  lastRotatedAt: '2026-05-20T00:00:00.000Z',
  lastAccessedAt: '2026-05-31T00:00:00.000Z',
  createdAt: '2025-01-01T00:00:00.000Z',
};

export const secureAcmCertificate: ConfigOf<'aws.acm.certificate'> = {
  keyAlgorithm: 'RSA_2048',
  status: 'ISSUED',
  certificateType: 'AMAZON_ISSUED',
  notAfter: '2027-01-01T00:00:00.000Z',
};

export const secureSsmDocument: ConfigOf<'aws.ssm.document'> = {
  documentType: 'Command',
  sharedWith: ['444455556666'],
};

export const compliantPatchState: ConfigOf<'aws.ssm.instance-compliance'> = {
  instanceId: 'i-0123456789abcdef0',
  complianceType: 'Patch',
  nonCompliantItems: [],
};

export const secureKinesisStream: ConfigOf<'aws.kinesis.stream'> = {
  encryptionType: 'KMS',
  kmsKeyId: 'alias/aws/kinesis',
};

export const secureStateMachine: ConfigOf<'aws.stepfunctions.state-machine'> = { loggingLevel: 'ERROR' };

export const secureEventBus: ConfigOf<'aws.events.event-bus'> = {
  busName: 'orders',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'partner',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: 'events:PutEvents',
        Resource: `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/orders`,
      },
    ],
  },
};

export const secureRecoveryPoint: ConfigOf<'aws.backup.recovery-point'> = {
  isEncrypted: true,
  encryptionKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`,
  backupVaultName: 'Default',
};

export const secureAthenaWorkGroup: ConfigOf<'aws.athena.workgroup'> = {
  resultEncryption: 'SSE_KMS',
  enforceWorkGroupConfiguration: true,
};
