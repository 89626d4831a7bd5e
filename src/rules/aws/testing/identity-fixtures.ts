/**
 * Secure baseline configs for the AWS identity, logging and account rule tests (kept apart from
 * fixtures.ts, which the storage/compute/network rules share): each test changes only what it is about.
 * Times are relative to the tester's default "now", 2026-06-01T00:00:00Z.
 */
import type { PolicyDocument } from '../../../inventory/aws/policy.js';
import type { ConfigOf } from '../../../inventory/types.js';

export const TEST_NOW = new Date('2026-06-01T00:00:00Z');
export const ACCOUNT_ID = '111122223333';

/** An ISO time `days` before TEST_NOW. */
export function daysAgo(days: number): string {
  return new Date(TEST_NOW.getTime() - days * 86_400_000).toISOString();
}

export const readOnlyS3: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }],
};

export const fullAdmin: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }],
};

export const ec2Trust: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

export const secureAccount: ConfigOf<'aws.account'> = {
  rootMfaEnabled: true,
  rootAccessKeys: [],
  rootPasswordLastUsed: daysAgo(200),
  passwordPolicy: {
    minimumLength: 14,
    requireSymbols: true,
    requireNumbers: true,
    requireUppercase: true,
    requireLowercase: true,
    allowUsersToChangePassword: true,
    maxAgeDays: null,
    reusePrevention: 24,
    hardExpiry: false,
  },
  s3PublicAccessBlock: {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  },
  ebsEncryptionByDefault: [
    { region: 'us-east-1', enabled: true },
    { region: 'eu-west-1', enabled: true },
  ],
  trailsListed: true,
  securityHub: [
    { region: 'us-east-1', enabled: true },
    { region: 'eu-west-1', enabled: true },
  ],
  guardDuty: [
    { region: 'us-east-1', enabled: true },
    { region: 'eu-west-1', enabled: true },
  ],
  macie: [
    { region: 'us-east-1', enabled: true },
    { region: 'eu-west-1', enabled: true },
  ],
  accessAnalyzer: [
    { region: 'us-east-1', enabled: true },
    { region: 'eu-west-1', enabled: true },
  ],
  configRecorder: [
    { region: 'us-east-1', recording: true, allResourceTypes: true, includesGlobalTypes: true },
    { region: 'eu-west-1', recording: true, allResourceTypes: true, includesGlobalTypes: false },
  ],
  supportAccessEntities: ['role/aws-support'],
  serverCertificates: [],
  rootVirtualMfa: false,
  guardDutyFeatures: [
    { region: 'us-east-1', features: ['RDS_LOGIN_EVENTS', 'S3_DATA_EVENTS'] },
    { region: 'eu-west-1', features: ['RDS_LOGIN_EVENTS', 'S3_DATA_EVENTS'] },
  ],
  securityContact: true,
};

/** A console user with MFA, a fresh key in use, and permissions only through groups. */
export const secureUser: ConfigOf<'aws.iam.user'> = {
  path: '/',
  createdAt: daysAgo(400),
  attachedPolicyArns: [],
  inlinePolicies: [],
  groups: ['developers'],
  permissionsBoundaryArn: null,
  passwordEnabled: true,
  passwordLastUsed: daysAgo(2),
  passwordLastChanged: daysAgo(60),
  mfaActive: true,
  accessKeys: [{ id: 'key1', active: true, lastRotated: daysAgo(30), lastUsed: daysAgo(1) }],
};

export const secureRole: ConfigOf<'aws.iam.role'> = {
  path: '/',
  createdAt: daysAgo(400),
  trustPolicy: ec2Trust,
  attachedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
  inlinePolicies: [{ name: 'read', document: readOnlyS3 }],
  permissionsBoundaryArn: null,
  maxSessionDurationSeconds: 3600,
  instanceProfileArns: [`arn:aws:iam::${ACCOUNT_ID}:instance-profile/app`],
  lastUsed: daysAgo(1),
};

export const securePolicy: ConfigOf<'aws.iam.policy'> = {
  path: '/',
  awsManaged: false,
  defaultVersionId: 'v1',
  document: readOnlyS3,
  attachmentCount: 1,
  isAttachable: true,
  createdAt: daysAgo(300),
  updatedAt: daysAgo(300),
};

export const secureTrail: ConfigOf<'aws.cloudtrail.trail'> = {
  homeRegion: 'us-east-1',
  multiRegion: true,
  organizationTrail: false,
  isLogging: true,
  managementEvents: 'all',
  s3ObjectEvents: [],
  includeGlobalServiceEvents: true,
  logFileValidation: true,
  kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/trail-key`,
  cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT_ID}:log-group:cloudtrail:*`,
  cloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT_ID}:role/cloudtrail-to-logs`,
  s3BucketName: 'org-trail-logs',
};
