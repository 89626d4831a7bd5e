/** nwf-security: central logs, SIEM and audit roles (eu-west-1, eu-central-1). */
import { flowLog, sg, subnet, vpc } from './network.js';
import { instance } from './compute.js';
import { bucket, kmsKey } from './data.js';
import { accountPublicAccessBlock, recorder, trail } from './governance.js';
import { backupPlan } from './backup.js';
import { iamGroup, iamPolicy, iamRole } from './identity.js';
import { awsTags, policyDoc, RegionEstate, type Statement, type Tagging } from './region.js';
import {
  addUsers,
  ADMIN,
  MANAGED,
  organizationAccessRole,
  SSM_CORE,
  trustService,
  type AccountExports,
} from './shared.js';
import { AWS_ORG_ID, awsAccount, DOMAIN, TEAMS, type DataClass } from '../company.js';

export function security(): AccountExports {
  const account = awsAccount('security');
  const t = (owner: string, data: DataClass, name?: string, extra?: Tagging['extra']) =>
    awsTags({
      owner,
      env: 'prod',
      data,
      ...(name === undefined ? {} : { name }),
      ...(extra === undefined ? {} : { extra }),
    });
  const sec = { Application: 'security-tooling', CostCenter: 'CC-1100' };

  const eu = new RegionEstate(account, 'eu-west-1');
  recorder(eu);
  backupPlan(eu, 'security-daily', 30, [
    { name: 'tooling-volumes', resources: ['arn:aws:ec2:*:*:volume/*'] },
  ]);
  accountPublicAccessBlock(eu, { acls: true, policy: true });
  const kTrail = kmsKey(eu, 'org-cloudtrail', {
    description: 'CloudTrail log files of every account',
    rotation: true,
    created: '2021-04-12T10:40:00.000Z',
    policy: {
      Version: '2012-10-17',
      Id: 'cloudtrail-key-policy',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account.id}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'Allow CloudTrail to encrypt logs',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 'kms:GenerateDataKey*',
          Resource: '*',
          Condition: {
            StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': 'arn:aws:cloudtrail:*:*:trail/*' },
          },
        },
        {
          Sid: 'Allow log readers in the organization to decrypt',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': AWS_ORG_ID } },
        },
      ] satisfies Statement[],
    },
    tags: t(TEAMS.security, 'confidential', undefined, sec),
  });
  const kSec = kmsKey(eu, 'security-tooling', {
    description: 'Security tooling data (SIEM, Config delivery, flow logs)',
    rotation: true,
    created: '2021-04-12T10:45:00.000Z',
    tags: t(TEAMS.security, 'confidential', undefined, sec),
  });
  const vpcId = vpc(eu, 'security-tools', {
    cidr: '10.90.0.0/16',
    created: '2021-04-12T10:00:00.000Z',
    tags: t(TEAMS.security, 'internal', 'nwf-security-tools', sec),
  });
  const a = subnet(eu, 'tools-a', vpcId, {
    cidr: '10.90.16.0/20',
    zone: 0,
    public: false,
    tags: t(TEAMS.security, 'internal', 'tools-a'),
  });
  const b = subnet(eu, 'tools-b', vpcId, {
    cidr: '10.90.32.0/20',
    zone: 1,
    public: false,
    tags: t(TEAMS.security, 'internal', 'tools-b'),
  });
  flowLog(eu, 'security-tools', vpcId, {
    traffic: 'ALL',
    bucket: 'nwf-security-vpc-flow-logs',
    created: '2021-04-12T11:30:00.000Z',
    tags: t(TEAMS.security, 'confidential'),
  });
  sg(eu, 'default-tools', vpcId, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [],
    egress: [],
    tags: t(TEAMS.security, 'internal'),
  });
  const sgSiem = sg(eu, 'siem', vpcId, {
    name: 'siem-collectors',
    description: 'Syslog over TLS and HTTPS from the organisation',
    ingress: [
      { proto: 'tcp', from: 6514, cidrs: ['10.0.0.0/8'], desc: 'syslog-tls' },
      { proto: 'tcp', from: 443, cidrs: ['10.0.0.0/8'], desc: 'HEC' },
    ],
    tags: t(TEAMS.security, 'confidential', 'siem-collectors', sec),
  });
  const siemRole = iamRole(eu, 'siem-collector-role', {
    created: '2021-04-13T09:00:00.000Z',
    trust: trustService('ec2.amazonaws.com'),
    attached: [SSM_CORE, `arn:aws:iam::${account.id}:policy/security-read-findings`],
    instanceProfile: true,
    lastUsed: '2026-11-27T02:57:00.000Z',
    tags: t(TEAMS.security, 'internal', undefined, sec),
  });
  for (const [n, subnet, zone] of [
    [1, a, 0],
    [2, b, 1],
  ] as const) {
    instance(eu, `siem-collector-0${n}`, {
      vpcId: vpcId,
      ipPrefix: '10.90',
      subnetId: subnet,
      sgIds: [sgSiem],
      type: 'm7g.xlarge',
      zone,
      created: '2026-06-09T09:00:00.000Z',
      imds: 'required',
      profileArn: siemRole.profileArn,
      rootKmsKeyArn: kSec,
      data: [{ label: 'buffer', sizeGiB: 1000, kmsKeyArn: kSec, device: '/dev/sdf' }],
      tags: t(TEAMS.security, 'confidential', `siem-collector-0${n}`, sec),
    });
  }
  const logBucket = 'nwf-security-s3-access-logs';
  const serviceWrite = (service: string, bucket: string, prefix: string): Statement => ({
    Sid: `${service.split('.')[0]}-write`,
    Effect: 'Allow',
    Principal: { Service: service },
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::${bucket}/${prefix}*`,
    Condition: { StringEquals: { 'aws:SourceOrgID': AWS_ORG_ID } },
  });
  bucket(eu, 'nwf-security-cloudtrail-logs', {
    created: '2021-04-12T10:50:00.000Z',
    encryption: { kmsKeyArn: kTrail },
    versioning: 'Enabled',
    mfaDelete: true,
    logTo: logBucket,
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: true,
    objectLock: true,
    extraStatements: [serviceWrite('cloudtrail.amazonaws.com', 'nwf-security-cloudtrail-logs', '')],
    tags: t(TEAMS.security, 'restricted', undefined, sec),
  });
  bucket(eu, logBucket, {
    created: '2021-04-12T10:49:00.000Z',
    encryption: 'AES256',
    versioning: 'Enabled',
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: true,
    extraStatements: [
      {
        Sid: 'S3ServerAccessLogsPolicy',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${logBucket}/*`,
        Condition: { StringEquals: { 'aws:SourceAccount': account.id } },
      },
    ],
    tags: t(TEAMS.security, 'internal', undefined, sec),
  });
  bucket(eu, 'nwf-security-vpc-flow-logs', {
    created: '2021-04-12T10:55:00.000Z',
    encryption: { kmsKeyArn: kSec },
    versioning: 'Enabled',
    logTo: logBucket,
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: true,
    extraStatements: [
      serviceWrite('delivery.logs.amazonaws.com', 'nwf-security-vpc-flow-logs', 'vpc-flow-logs/'),
    ],
    tags: t(TEAMS.security, 'confidential', undefined, sec),
  });
  bucket(eu, 'nwf-security-config-delivery', {
    created: '2021-04-12T10:58:00.000Z',
    encryption: { kmsKeyArn: kSec },
    versioning: 'Enabled',
    logTo: logBucket,
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: true,
    extraStatements: [serviceWrite('config.amazonaws.com', 'nwf-security-config-delivery', 'AWSLogs/')],
    tags: t(TEAMS.security, 'confidential', undefined, sec),
  });
  trail(eu, 'nwf-security-audit', {
    bucket: 'nwf-security-cloudtrail-logs',
    multiRegion: true,
    validation: true,
    kmsKeyArn: kTrail,
    cloudWatch: true,
    created: '2021-04-12T11:00:00.000Z',
    tags: t(TEAMS.security, 'confidential', undefined, sec),
  });

  iamGroup(eu, 'security-engineers', {
    created: '2021-04-12T12:10:00.000Z',
    attached: [MANAGED('SecurityAudit'), `arn:aws:iam::${account.id}:policy/security-read-findings`],
  });
  iamPolicy(eu, 'security-read-findings', {
    created: '2021-04-12T12:05:00.000Z',
    updated: '2025-11-03T10:00:00.000Z',
    document: policyDoc([
      {
        Effect: 'Allow',
        Action: [
          'securityhub:GetFindings',
          'guardduty:GetFindings',
          'guardduty:ListFindings',
          'access-analyzer:ListFindings',
        ],
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::nwf-security-*', 'arn:aws:s3:::nwf-security-*/*'],
      },
    ]),
    attachments: 2,
    description: 'Read security findings and central logs',
    tags: t(TEAMS.security, 'internal', undefined, sec),
  });
  organizationAccessRole(eu, '2021-04-12T09:55:05.000Z');
  iamRole(eu, 'incident-response', {
    created: '2021-04-12T12:20:00.000Z',
    trust: policyDoc([
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account.id}:root` },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    ]),
    attached: [MANAGED('SecurityAudit'), MANAGED('AWSCloudTrail_ReadOnlyAccess')],
    lastUsed: '2026-09-02T10:00:00.000Z',
    tags: t(TEAMS.security, 'internal', undefined, sec),
  });
  const users = addUsers(eu, [
    // Misconfiguration (a deliberate trade-off, still flagged): the break-glass user has
    // AdministratorAccess attached directly and has not signed in since March.
    {
      name: 'break-glass-admin',
      created: '2021-04-12T12:30:00.000Z',
      groups: [],
      attached: [ADMIN],
      password: { lastUsed: '2026-03-14T22:03:00.000Z', changed: '2026-03-15T08:00:00.000Z' },
      mfa: true,
      keys: [],
      tags: t(TEAMS.security, 'restricted', undefined, {
        Purpose: 'emergency access, hardware MFA in the safe',
      }),
    },
    {
      name: 's.haddad',
      created: '2022-09-05T09:00:00.000Z',
      groups: ['security-engineers'],
      attached: [],
      password: { lastUsed: '2026-11-26T18:05:00.000Z', changed: '2026-10-01T08:00:00.000Z' },
      mfa: true,
      keys: [],
      tags: t(TEAMS.security, 'internal', undefined, { Email: `s.haddad@${DOMAIN}` }),
    },
  ]);

  // --- eu-central-1: secondary tooling region ----------------------------------------------------
  const fra = new RegionEstate(account, 'eu-central-1');
  recorder(fra);
  const fraVpc = vpc(fra, 'security-tools-fra', {
    cidr: '10.91.0.0/16',
    created: '2023-05-02T10:00:00.000Z',
    tags: t(TEAMS.security, 'internal', 'nwf-security-tools-fra', sec),
  });
  subnet(fra, 'fra-a', fraVpc, {
    cidr: '10.91.16.0/20',
    zone: 0,
    public: false,
    tags: t(TEAMS.security, 'internal', 'fra-a'),
  });
  flowLog(fra, 'security-tools-fra', fraVpc, {
    traffic: 'ALL',
    bucket: 'nwf-security-vpc-flow-logs',
    created: '2023-05-02T10:30:00.000Z',
    tags: t(TEAMS.security, 'confidential'),
  });
  sg(fra, 'default-fra', fraVpc, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [],
    egress: [],
    tags: t(TEAMS.security, 'internal'),
  });
  kmsKey(fra, 'security-tooling-fra', {
    description: 'Security tooling data (Frankfurt)',
    rotation: true,
    created: '2023-05-02T10:10:00.000Z',
    tags: t(TEAMS.security, 'confidential', undefined, sec),
  });

  return {
    regions: [
      { account, region: 'eu-west-1', items: eu.items },
      { account, region: 'eu-central-1', items: fra.items },
    ],
    report: {
      account,
      root: {
        created: '2021-04-12T09:50:00.000Z',
        mfa: true,
        passwordLastUsed: '2025-08-11T09:30:00.000Z',
        keys: [],
      },
      users,
    },
  };
}

/** Every AWS export of the demo: Config items per account and region, and credential reports. */
