/** nwf-prod: booking, tracking and reporting in eu-west-1, disaster recovery in us-east-1. */
import { flowLog, routing, sg, subnet, vpc } from './network.js';
import { eks, instance, lambda } from './compute.js';
import { awsManagedKey, bucket, kmsKey, rdsInstance, rdsSnapshot } from './data.js';
import { listener, loadBalancer } from './elb.js';
import { accountPublicAccessBlock, recorder, trail } from './governance.js';
import { backupPlan } from './backup.js';
import { iamGroup, iamPolicy, iamRole } from './identity.js';
import { awsTags, policyDoc, RegionEstate, type Tagging } from './region.js';
import {
  addUsers,
  ADMIN,
  MANAGED,
  OFFICE,
  organizationAccessRole,
  SSM_CORE,
  trustService,
  WORLD,
  WORLD6,
  type AccountExports,
} from './shared.js';
import { AWS_ORG_ID, AWS_VENDOR_ACCOUNT, awsAccount, DOMAIN, TEAMS, type DataClass } from '../company.js';

export function prod(): AccountExports {
  const account = awsAccount('prod');
  const t = (owner: string, data: DataClass, name?: string, extra?: Tagging['extra']) =>
    awsTags({
      owner,
      env: 'prod',
      data,
      ...(name === undefined ? {} : { name }),
      ...(extra === undefined ? {} : { extra }),
    });
  const booking = { Application: 'booking-platform', CostCenter: 'CC-2100' };
  const tracking = { Application: 'shipment-tracking', CostCenter: 'CC-2300' };
  const platform = { Application: 'platform', CostCenter: 'CC-1000' };

  // --- eu-west-1: the home region ---------------------------------------------------------------
  const eu = new RegionEstate(account, 'eu-west-1');
  recorder(eu);
  // Misconfiguration: the legacy reporting database was left out of the plan.
  backupPlan(eu, 'prod-daily', 35, [
    {
      name: 'prod-databases-and-volumes',
      resources: ['arn:aws:rds:*:*:db:*', 'arn:aws:ec2:*:*:volume/*'],
      notResources: [`arn:aws:rds:eu-west-1:${account.id}:db:reporting-mysql-legacy`],
    },
  ]);
  // Turned off at the account level in 2023 so the marketing site bucket could be public.
  accountPublicAccessBlock(eu, { acls: true, policy: false });

  const kData = kmsKey(eu, 'prod-data', {
    description: 'nwf-prod customer data at rest (RDS, S3, EBS data volumes)',
    rotation: true,
    created: '2021-04-12T08:30:11.000Z',
    tags: t(TEAMS.platform, 'restricted', undefined, platform),
  });
  const kEks = kmsKey(eu, 'eks-secrets', {
    description: 'Envelope encryption of Kubernetes secrets (tracking-prod)',
    rotation: true,
    created: '2024-02-19T13:05:42.000Z',
    tags: t(TEAMS.tracking, 'restricted', undefined, tracking),
  });
  const kLogs = kmsKey(eu, 'prod-logs', {
    description: 'CloudTrail and application logs',
    rotation: true,
    created: '2021-04-12T08:34:55.000Z',
    tags: t(TEAMS.security, 'confidential', undefined, platform),
  });
  // Misconfiguration: a customer managed key without automatic rotation.
  kmsKey(eu, 'partner-exchange', {
    description: 'Legacy SFTP partner file exchange (EDI) - do not delete',
    rotation: false,
    created: '2019-10-01T11:20:03.000Z',
    tags: t(TEAMS.booking, 'confidential', undefined, booking),
  });
  // The AWS managed RDS key exists in the account even though no database here uses it any more.
  awsManagedKey(eu, 'rds', '2019-06-03T14:00:12.000Z');
  const kEbs = awsManagedKey(eu, 'ebs', '2019-06-03T14:02:40.000Z');

  const vpcId = vpc(eu, 'prod-core', {
    cidr: '10.40.0.0/16',
    created: '2021-04-12T09:00:00.000Z',
    tags: t(TEAMS.platform, 'internal', 'nwf-prod-core', platform),
  });
  const pubA = subnet(eu, 'pub-a', vpcId, {
    cidr: '10.40.0.0/22',
    zone: 0,
    public: true,
    tags: t(TEAMS.platform, 'internal', 'prod-public-a'),
  });
  const pubB = subnet(eu, 'pub-b', vpcId, {
    cidr: '10.40.4.0/22',
    zone: 1,
    public: true,
    tags: t(TEAMS.platform, 'internal', 'prod-public-b'),
  });
  const appA = subnet(eu, 'app-a', vpcId, {
    cidr: '10.40.16.0/20',
    zone: 0,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'prod-app-a'),
  });
  const appB = subnet(eu, 'app-b', vpcId, {
    cidr: '10.40.32.0/20',
    zone: 1,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'prod-app-b'),
  });
  const dataA = subnet(eu, 'data-a', vpcId, {
    cidr: '10.40.64.0/22',
    zone: 0,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'prod-data-a'),
  });
  const dataB = subnet(eu, 'data-b', vpcId, {
    cidr: '10.40.68.0/22',
    zone: 1,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'prod-data-b'),
  });
  routing(eu, 'prod-core', vpcId, {
    cidr: '10.40.0.0/16',
    publicSubnets: [pubA, pubB],
    allSubnets: [pubA, pubB, appA, appB, dataA, dataB],
    tags: t(TEAMS.platform, 'internal', undefined, platform),
  });
  flowLog(eu, 'prod-core', vpcId, {
    traffic: 'ALL',
    bucket: 'nwf-security-vpc-flow-logs',
    created: '2021-04-13T10:11:00.000Z',
    tags: t(TEAMS.security, 'confidential'),
  });
  // Misconfiguration: the region's default VPC was never deleted and has no flow log.
  const defVpc = vpc(eu, 'default', {
    cidr: '172.31.0.0/16',
    isDefault: true,
    created: '2017-03-08T12:00:00.000Z',
    tags: t(TEAMS.platform, 'internal', 'default (unused)'),
  });
  const defA = subnet(eu, 'default-a', defVpc, {
    cidr: '172.31.0.0/20',
    zone: 0,
    public: true,
    tags: t(TEAMS.platform, 'internal'),
  });
  routing(eu, 'default', defVpc, {
    cidr: '172.31.0.0/16',
    publicSubnets: [defA],
    allSubnets: [defA],
    tags: t(TEAMS.platform, 'internal'),
  });
  // Misconfiguration: the partner SFTP drop was launched into the default VPC (no flow logs) with SSH
  // open to the world, and tagged production: a toxic combination.
  const sgSftp = sg(eu, 'edi-sftp', defVpc, {
    name: 'edi-sftp-partners',
    description: 'SFTP for EDI partners',
    ingress: [{ proto: 'tcp', from: 22, cidrs: WORLD, desc: 'partners (list unknown)' }],
    tags: t(TEAMS.booking, 'confidential', 'edi-sftp-partners', booking),
  });
  instance(eu, 'edi-sftp-01', {
    vpcId: defVpc,
    ipPrefix: '172.31',
    subnetId: defA,
    sgIds: [sgSftp],
    type: 't3.medium',
    zone: 0,
    created: '2020-01-14T10:00:00.000Z',
    imds: 'required',
    publicIp: '203.0.113.58',
    keyName: 'edi-sftp',
    rootKmsKeyArn: kEbs,
    tags: t(TEAMS.booking, 'confidential', 'edi-sftp-01', booking),
  });

  sg(eu, 'default-core', vpcId, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [],
    egress: [],
    tags: t(TEAMS.platform, 'internal'),
  });
  // Misconfiguration: the default VPC's default group keeps its default rules.
  sg(eu, 'default-default', defVpc, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [{ proto: '-1', groups: ['self'] }],
    tags: t(TEAMS.platform, 'internal'),
  });
  const sgAlb = sg(eu, 'booking-alb', vpcId, {
    name: 'booking-alb-public',
    description: 'Public HTTPS for book.northwindfreight.example',
    ingress: [
      { proto: 'tcp', from: 443, cidrs: WORLD, cidrs6: WORLD6, desc: 'HTTPS' },
      { proto: 'tcp', from: 80, cidrs: WORLD, cidrs6: WORLD6, desc: 'HTTP (redirected to HTTPS)' },
    ],
    tags: t(TEAMS.booking, 'public', 'booking-alb-public', booking),
  });
  const sgApp = sg(eu, 'booking-app', vpcId, {
    name: 'booking-app',
    description: 'Booking API instances',
    ingress: [{ proto: 'tcp', from: 8080, groups: [sgAlb], desc: 'from the ALB' }],
    tags: t(TEAMS.booking, 'confidential', 'booking-app', booking),
  });
  const sgTracking = sg(eu, 'tracking-workers', vpcId, {
    name: 'tracking-workers',
    description: 'Telematics ingest workers',
    ingress: [{ proto: 'tcp', from: 8883, cidrs: ['10.40.0.0/16'], desc: 'MQTT/TLS from the NLB' }],
    tags: t(TEAMS.tracking, 'confidential', 'tracking-workers', tracking),
  });
  const sgDb = sg(eu, 'booking-db', vpcId, {
    name: 'prod-postgres',
    description: 'PostgreSQL from the application tier',
    ingress: [{ proto: 'tcp', from: 5432, groups: [sgApp, sgTracking], desc: 'app tier' }],
    tags: t(TEAMS.booking, 'restricted', 'prod-postgres', booking),
  });
  // Misconfiguration: SSH open to the internet on the bastion ("temporary" vendor access).
  const sgBastion = sg(eu, 'bastion', vpcId, {
    name: 'ops-bastion-ssh',
    description: 'SSH to the ops bastion',
    ingress: [{ proto: 'tcp', from: 22, cidrs: WORLD, desc: 'temporary - vendor support (INC-4411)' }],
    tags: t(TEAMS.platform, 'internal', 'ops-bastion-ssh', platform),
  });
  // Misconfiguration: MySQL open to the internet for a BI tool.
  const sgReporting = sg(eu, 'reporting-mysql', vpcId, {
    name: 'reporting-mysql-legacy',
    description: 'Legacy reporting MySQL - BI access',
    ingress: [
      { proto: 'tcp', from: 3306, cidrs: WORLD, desc: 'BI tool (TODO: restrict to vendor IPs)' },
      { proto: 'tcp', from: 3306, groups: [sgApp] },
    ],
    tags: t(TEAMS.finance, 'confidential', 'reporting-mysql-legacy', {
      Application: 'reporting',
      CostCenter: 'CC-3100',
    }),
  });
  const sgEks = sg(eu, 'tracking-eks', vpcId, {
    name: 'tracking-prod-eks-control-plane',
    description: 'EKS control plane ENIs',
    ingress: [{ proto: 'tcp', from: 443, cidrs: ['10.40.0.0/16'], desc: 'kubectl from inside the VPC' }],
    tags: t(TEAMS.tracking, 'internal', 'tracking-prod-eks', tracking),
  });

  const bookingRole = iamRole(eu, 'booking-api-ec2-role', {
    created: '2021-05-03T09:12:00.000Z',
    trust: trustService('ec2.amazonaws.com'),
    attached: [SSM_CORE, `arn:aws:iam::${account.id}:policy/booking-api-s3-access`],
    instanceProfile: true,
    lastUsed: '2026-11-27T02:58:00.000Z',
    tags: t(TEAMS.booking, 'internal', undefined, booking),
  });
  const trackingRole = iamRole(eu, 'tracking-worker-role', {
    created: '2022-01-17T15:40:00.000Z',
    trust: trustService('ec2.amazonaws.com'),
    attached: [SSM_CORE],
    inline: [
      {
        name: 'consume-telematics-queue',
        document: policyDoc([
          {
            Effect: 'Allow',
            Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
            Resource: `arn:aws:sqs:eu-west-1:${account.id}:telematics-ingest`,
          },
        ]),
      },
    ],
    instanceProfile: true,
    lastUsed: '2026-11-27T02:59:00.000Z',
    tags: t(TEAMS.tracking, 'internal', undefined, tracking),
  });
  const addInstance = (label: string, o: Omit<Parameters<typeof instance>[2], 'vpcId' | 'ipPrefix'>) =>
    instance(eu, label, { vpcId: vpcId, ipPrefix: '10.40', ...o });
  // Misconfiguration: the bastion has a public IP and still accepts IMDSv1.
  addInstance('bastion-01', {
    subnetId: pubA,
    sgIds: [sgBastion],
    type: 't3.small',
    zone: 0,
    created: '2022-08-30T07:15:00.000Z',
    imds: 'optional',
    publicIp: '203.0.113.24',
    keyName: 'ops-bastion',
    rootKmsKeyArn: kEbs,
    tags: t(TEAMS.platform, 'internal', 'ops-bastion-01', platform),
  });
  for (const [n, subnet, zone] of [
    [1, appA, 0],
    [2, appB, 1],
    [3, appA, 0],
  ] as const) {
    addInstance(`booking-api-0${n}`, {
      subnetId: subnet,
      sgIds: [sgApp],
      type: 'm7g.large',
      zone,
      created: '2026-09-14T10:00:00.000Z',
      imds: 'required',
      profileArn: bookingRole.profileArn,
      rootKmsKeyArn: kEbs,
      tags: t(TEAMS.booking, 'confidential', `booking-api-0${n}`, booking),
    });
  }
  for (const [n, subnet, zone] of [
    [1, appA, 0],
    [2, appB, 1],
  ] as const) {
    addInstance(`tracking-worker-0${n}`, {
      subnetId: subnet,
      sgIds: [sgTracking],
      type: 'c7g.xlarge',
      zone,
      created: '2026-07-21T08:30:00.000Z',
      imds: 'required',
      profileArn: trackingRole.profileArn,
      rootKmsKeyArn: kEbs,
      data: [{ label: 'spool', sizeGiB: 200, kmsKeyArn: kData, device: '/dev/sdf' }],
      tags: t(TEAMS.tracking, 'confidential', `tracking-worker-0${n}`, tracking),
    });
  }
  // Misconfiguration: the legacy reporting box has an unencrypted data volume.
  addInstance('reporting-legacy-01', {
    subnetId: appA,
    sgIds: [sgApp],
    type: 'm5.large',
    zone: 0,
    created: '2019-11-04T16:45:00.000Z',
    imds: 'required',
    rootKmsKeyArn: kEbs,
    data: [{ label: 'metabase-data', sizeGiB: 500, kmsKeyArn: null, device: '/dev/sdf' }],
    tags: t(TEAMS.finance, 'confidential', 'reporting-legacy-01', {
      Application: 'reporting',
      CostCenter: 'CC-3100',
    }),
  });

  rdsInstance(eu, 'booking-prod-pg', {
    engine: 'postgres',
    version: '16.4',
    class: 'db.r6g.xlarge',
    storageGiB: 400,
    vpcId: vpcId,
    sgIds: [sgDb],
    kmsKeyArn: kData,
    public: false,
    multiAZ: true,
    backupDays: 14,
    deletionProtection: true,
    iamAuth: true,
    autoMinor: true,
    created: '2021-05-03T08:00:00.000Z',
    zone: 0,
    tags: t(TEAMS.booking, 'restricted', undefined, booking),
  });
  // Misconfiguration: a production database created before the encryption policy, never migrated;
  // it also still uses password authentication only.
  rdsInstance(eu, 'tracking-prod-pg', {
    engine: 'postgres',
    version: '14.12',
    class: 'db.r6g.large',
    storageGiB: 800,
    vpcId: vpcId,
    sgIds: [sgDb],
    kmsKeyArn: null,
    public: false,
    multiAZ: true,
    backupDays: 7,
    deletionProtection: true,
    iamAuth: false,
    autoMinor: true,
    created: '2019-02-11T10:20:00.000Z',
    zone: 1,
    tags: t(TEAMS.tracking, 'confidential', undefined, tracking),
  });
  // Misconfiguration: the legacy reporting MySQL is publicly accessible (its security group open on
  // 3306), unencrypted, single-AZ, keeps three days of backups and does not take minor version
  // upgrades. Public, unencrypted, production and confidential: a toxic combination.
  rdsInstance(eu, 'reporting-mysql-legacy', {
    engine: 'mysql',
    version: '8.0.35',
    class: 'db.t3.large',
    storageGiB: 200,
    vpcId: vpcId,
    sgIds: [sgReporting],
    kmsKeyArn: null,
    public: true,
    multiAZ: false,
    backupDays: 3,
    deletionProtection: true,
    iamAuth: false,
    autoMinor: false,
    created: '2018-06-20T09:00:00.000Z',
    zone: 0,
    tags: t(TEAMS.finance, 'confidential', undefined, { Application: 'reporting', CostCenter: 'CC-3100' }),
  });
  rdsSnapshot(eu, 'booking-prod-pg-pre-pg16-upgrade', {
    instance: 'booking-prod-pg',
    engine: 'postgres',
    version: '15.8',
    vpcId: vpcId,
    type: 'manual',
    kmsKeyArn: kData,
    sharedWith: [awsAccount('security').id],
    created: '2026-02-07T21:04:00.000Z',
    tags: t(TEAMS.booking, 'restricted', undefined, booking),
  });
  rdsSnapshot(eu, 'rds:booking-prod-pg-2026-11-26-02-07', {
    instance: 'booking-prod-pg',
    engine: 'postgres',
    version: '16.4',
    vpcId: vpcId,
    type: 'automated',
    kmsKeyArn: kData,
    sharedWith: [],
    created: '2026-11-26T02:07:00.000Z',
    tags: t(TEAMS.booking, 'restricted', undefined, booking),
  });
  // Misconfiguration: a snapshot of the unencrypted database is unencrypted too.
  rdsSnapshot(eu, 'tracking-prod-pg-before-partitioning', {
    instance: 'tracking-prod-pg',
    engine: 'postgres',
    version: '14.12',
    vpcId: vpcId,
    type: 'manual',
    kmsKeyArn: null,
    sharedWith: [],
    created: '2025-06-02T18:30:00.000Z',
    tags: t(TEAMS.tracking, 'confidential', undefined, tracking),
  });

  const bookingAlb = loadBalancer(eu, 'booking-public-alb', {
    type: 'application',
    scheme: 'internet-facing',
    vpcId: vpcId,
    subnetIds: [pubA, pubB],
    sgIds: [sgAlb],
    accessLogsBucket: 'nwf-prod-alb-logs',
    deletionProtection: true,
    dropInvalidHeaders: true,
    created: '2021-05-03T11:00:00.000Z',
    tags: t(TEAMS.booking, 'public', undefined, booking),
  });
  listener(eu, bookingAlb, {
    protocol: 'HTTP',
    port: 80,
    action: 'redirect-https',
    tags: t(TEAMS.booking, 'public'),
  });
  listener(eu, bookingAlb, {
    protocol: 'HTTPS',
    port: 443,
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    certificate: 'book.northwindfreight.example',
    action: 'forward',
    targetGroup: 'booking-api',
    tags: t(TEAMS.booking, 'public'),
  });
  // Misconfiguration: the partner API (v1) load balancer: old TLS policy, no access logs, no
  // deletion protection, forwards malformed headers.
  const legacyAlb = loadBalancer(eu, 'partner-api-v1-alb', {
    type: 'application',
    scheme: 'internet-facing',
    vpcId: vpcId,
    subnetIds: [pubA, pubB],
    sgIds: [sgAlb],
    accessLogsBucket: null,
    deletionProtection: false,
    dropInvalidHeaders: false,
    created: '2018-09-12T10:00:00.000Z',
    tags: t(TEAMS.booking, 'confidential', undefined, {
      Application: 'partner-edi-api',
      CostCenter: 'CC-2100',
    }),
  });
  listener(eu, legacyAlb, {
    protocol: 'HTTP',
    port: 80,
    action: 'redirect-https',
    tags: t(TEAMS.booking, 'confidential'),
  });
  listener(eu, legacyAlb, {
    protocol: 'HTTPS',
    port: 443,
    sslPolicy: 'ELBSecurityPolicy-2016-08',
    certificate: 'edi.northwindfreight.example',
    action: 'forward',
    targetGroup: 'partner-api-v1',
    tags: t(TEAMS.booking, 'confidential'),
  });
  // Misconfiguration: the telematics NLB keeps no access logs.
  const nlb = loadBalancer(eu, 'tracking-ingest-nlb', {
    type: 'network',
    scheme: 'internet-facing',
    vpcId: vpcId,
    subnetIds: [pubA, pubB],
    sgIds: [],
    accessLogsBucket: null,
    deletionProtection: true,
    dropInvalidHeaders: false,
    created: '2022-01-17T16:00:00.000Z',
    tags: t(TEAMS.tracking, 'confidential', undefined, tracking),
  });
  listener(eu, nlb, {
    protocol: 'TLS',
    port: 8883,
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    certificate: 'telematics.northwindfreight.example',
    action: 'forward',
    targetGroup: 'tracking-mqtt',
    tags: t(TEAMS.tracking, 'confidential'),
  });

  const eksRole = iamRole(eu, 'tracking-eks-cluster-role', {
    created: '2024-02-19T12:55:00.000Z',
    trust: trustService('eks.amazonaws.com'),
    attached: [MANAGED('AmazonEKSClusterPolicy')],
    lastUsed: '2026-11-27T02:40:00.000Z',
    tags: t(TEAMS.tracking, 'internal', undefined, tracking),
  });
  eks(eu, 'tracking-prod', {
    version: '1.31',
    roleArn: eksRole.arn,
    subnetIds: [appA, appB],
    sgIds: [sgEks],
    vpcId: vpcId,
    publicAccess: true,
    publicCidrs: [OFFICE],
    logTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    secretsKeyArn: kEks,
    created: '2024-02-19T13:10:00.000Z',
    tags: t(TEAMS.tracking, 'confidential', undefined, tracking),
  });

  const ssl = true;
  const fullBlock = { acls: true, policy: true };
  bucket(eu, 'nwf-prod-booking-documents', {
    created: '2021-05-03T10:00:00.000Z',
    encryption: { kmsKeyArn: kData },
    versioning: 'Enabled',
    logTo: 'nwf-prod-s3-access-logs',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    tags: t(TEAMS.booking, 'restricted', undefined, booking),
  });
  bucket(eu, 'nwf-prod-tracking-events', {
    created: '2022-01-17T15:00:00.000Z',
    encryption: { kmsKeyArn: kData },
    versioning: 'Enabled',
    logTo: 'nwf-prod-s3-access-logs',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    tags: t(TEAMS.tracking, 'confidential', undefined, tracking),
  });
  // Server access logs must go to an SSE-S3 bucket, and a log bucket does not log itself.
  bucket(eu, 'nwf-prod-s3-access-logs', {
    created: '2021-04-12T10:00:00.000Z',
    encryption: 'AES256',
    versioning: 'Enabled',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    extraStatements: [
      {
        Sid: 'S3ServerAccessLogsPolicy',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::nwf-prod-s3-access-logs/*',
        Condition: { StringEquals: { 'aws:SourceAccount': account.id } },
      },
    ],
    tags: t(TEAMS.security, 'internal', undefined, platform),
  });
  // Misconfiguration: the marketing site's assets are public through the bucket policy.
  bucket(eu, 'nwf-marketing-site-assets', {
    created: '2023-03-21T14:22:00.000Z',
    encryption: 'AES256',
    versioning: 'Off',
    publicAccessBlock: { acls: true, policy: false },
    sslOnly: false,
    extraStatements: [
      {
        Sid: 'PublicReadForWebsite',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::nwf-marketing-site-assets/*',
      },
    ],
    tags: t(TEAMS.marketing, 'public', undefined, { Application: 'www', CostCenter: 'CC-5000' }),
  });
  // Misconfiguration: the partner EDI drop bucket is readable by anyone, yet tagged confidential: a
  // toxic combination.
  bucket(eu, 'nwf-partner-edi-drop', {
    created: '2020-01-14T09:40:00.000Z',
    encryption: 'AES256',
    versioning: 'Off',
    publicAccessBlock: null,
    sslOnly: false,
    extraStatements: [
      {
        Sid: 'PartnersRead',
        Effect: 'Allow',
        Principal: '*',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::nwf-partner-edi-drop', 'arn:aws:s3:::nwf-partner-edi-drop/*'],
      },
    ],
    tags: t(TEAMS.booking, 'confidential', undefined, booking),
  });
  bucket(eu, 'nwf-prod-data-lake-raw', {
    created: '2023-09-05T08:00:00.000Z',
    encryption: { kmsKeyArn: kData },
    versioning: 'Enabled',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    tags: t(TEAMS.data, 'restricted', undefined, { Application: 'data-lake', CostCenter: 'CC-4000' }),
  });
  bucket(eu, 'nwf-prod-alb-logs', {
    created: '2021-05-03T10:30:00.000Z',
    encryption: 'AES256',
    versioning: 'Enabled',
    logTo: 'nwf-prod-s3-access-logs',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    extraStatements: [
      {
        Sid: 'AllowELBLogDelivery',
        Effect: 'Allow',
        Principal: { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::nwf-prod-alb-logs/*/AWSLogs/${account.id}/*`,
      },
    ],
    tags: t(TEAMS.platform, 'internal', undefined, platform),
  });
  bucket(eu, 'nwf-prod-backups-eu', {
    created: '2021-06-01T08:00:00.000Z',
    encryption: { kmsKeyArn: kData },
    versioning: 'Enabled',
    logTo: 'nwf-prod-s3-access-logs',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    objectLock: true,
    tags: t(TEAMS.platform, 'restricted', undefined, platform),
  });

  trail(eu, 'nwf-prod-management-events', {
    bucket: 'nwf-security-cloudtrail-logs',
    multiRegion: true,
    validation: true,
    kmsKeyArn: kLogs,
    cloudWatch: true,
    created: '2021-04-12T11:00:00.000Z',
    tags: t(TEAMS.security, 'confidential', undefined, platform),
  });

  lambda(eu, 'booking-confirmation-mailer', {
    runtime: 'nodejs20.x',
    roleArn: `arn:aws:iam::${account.id}:role/booking-mailer-lambda`,
    created: '2025-05-06T12:00:00.000Z',
    tags: t(TEAMS.booking, 'confidential', undefined, booking),
  });

  // IAM (global types, recorded in the home region).
  iamGroup(eu, 'nwf-admins', { created: '2017-03-08T12:30:00.000Z', attached: [ADMIN] });
  iamGroup(eu, 'nwf-developers', {
    created: '2017-03-08T12:31:00.000Z',
    attached: [MANAGED('ReadOnlyAccess')],
  });
  iamGroup(eu, 'nwf-integrations', {
    created: '2020-02-11T09:00:00.000Z',
    attached: [MANAGED('job-function/ViewOnlyAccess')],
  });
  // Misconfiguration: a "break-glass" policy granting everything.
  iamPolicy(eu, 'nwf-breakglass-admin', {
    created: '2019-01-22T10:00:00.000Z',
    updated: '2019-01-22T10:00:00.000Z',
    document: policyDoc([{ Sid: 'BreakGlass', Effect: 'Allow', Action: '*', Resource: '*' }]),
    attachments: 0,
    description: 'Emergency access - attach only during an incident',
    tags: t(TEAMS.security, 'internal'),
  });
  iamPolicy(eu, 'booking-api-s3-access', {
    created: '2021-05-03T09:10:00.000Z',
    updated: '2025-03-18T14:00:00.000Z',
    document: policyDoc([
      {
        Sid: 'Documents',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: 'arn:aws:s3:::nwf-prod-booking-documents/*',
      },
      { Sid: 'Decrypt', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: kData },
    ]),
    attachments: 1,
    description: 'Booking API access to booking documents',
    tags: t(TEAMS.booking, 'internal', undefined, booking),
  });
  // Misconfiguration: a service-wide wildcard (s3:*) in a customer managed policy.
  iamPolicy(eu, 'data-pipeline-s3', {
    created: '2023-09-05T08:30:00.000Z',
    updated: '2024-01-10T09:15:00.000Z',
    document: policyDoc([
      {
        Effect: 'Allow',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::nwf-prod-data-lake-raw', 'arn:aws:s3:::nwf-prod-data-lake-raw/*'],
      },
      { Effect: 'Allow', Action: ['glue:GetTable', 'glue:GetDatabase', 'glue:GetPartitions'], Resource: '*' },
    ]),
    attachments: 1,
    description: 'Glue jobs of the data lake',
    tags: t(TEAMS.data, 'internal'),
  });
  organizationAccessRole(eu, '2017-03-08T12:00:05.000Z');
  // Misconfiguration: the deploy pipeline's role has full administrator access.
  iamRole(eu, 'ci-deployer', {
    created: '2022-11-07T10:00:00.000Z',
    trust: policyDoc([
      {
        Effect: 'Allow',
        Principal: {
          Federated: `arn:aws:iam::${account.id}:oidc-provider/token.actions.githubusercontent.com`,
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: {
            'token.actions.githubusercontent.com:sub': 'repo:northwind-freight/*:ref:refs/heads/main',
          },
        },
      },
    ]),
    attached: [ADMIN],
    lastUsed: '2026-11-26T17:31:00.000Z',
    tags: t(TEAMS.platform, 'internal', undefined, platform),
  });
  // Misconfiguration: an analytics vendor's account may assume this role without an external id.
  iamRole(eu, 'freightlytics-readonly', {
    created: '2024-06-11T13:00:00.000Z',
    trust: policyDoc([
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${AWS_VENDOR_ACCOUNT}:root` },
        Action: 'sts:AssumeRole',
      },
    ]),
    attached: [MANAGED('ReadOnlyAccess')],
    lastUsed: '2026-11-25T06:00:00.000Z',
    description: 'Freightlytics fleet analytics (vendor)',
    tags: t(TEAMS.data, 'confidential', undefined, { Vendor: 'Freightlytics' }),
  });
  iamRole(eu, 'security-audit', {
    created: '2021-04-12T12:00:00.000Z',
    trust: policyDoc([
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${awsAccount('security').id}:root` },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': AWS_ORG_ID } },
      },
    ]),
    attached: [MANAGED('SecurityAudit')],
    lastUsed: '2026-11-27T01:00:00.000Z',
    tags: t(TEAMS.security, 'internal'),
  });
  iamRole(eu, 'data-pipeline-role', {
    created: '2023-09-05T08:31:00.000Z',
    trust: trustService('glue.amazonaws.com'),
    attached: [
      `arn:aws:iam::${account.id}:policy/data-pipeline-s3`,
      MANAGED('service-role/AWSGlueServiceRole'),
    ],
    lastUsed: '2026-11-27T00:15:00.000Z',
    tags: t(TEAMS.data, 'internal'),
  });
  iamRole(eu, 'booking-mailer-lambda', {
    created: '2025-05-06T11:55:00.000Z',
    trust: trustService('lambda.amazonaws.com'),
    attached: [MANAGED('service-role/AWSLambdaBasicExecutionRole')],
    inline: [
      {
        name: 'send-mail',
        document: policyDoc([
          {
            Effect: 'Allow',
            Action: 'ses:SendEmail',
            Resource: `arn:aws:ses:eu-west-1:${account.id}:identity/${DOMAIN}`,
          },
        ]),
      },
    ],
    lastUsed: '2026-11-27T02:51:00.000Z',
    tags: t(TEAMS.booking, 'internal', undefined, booking),
  });
  iamRole(eu, 'AWSServiceRoleForRDS', {
    path: '/aws-service-role/rds.amazonaws.com/',
    created: '2018-06-20T08:59:00.000Z',
    trust: trustService('rds.amazonaws.com'),
    attached: [MANAGED('aws-service-role/AmazonRDSServiceRolePolicy')],
    lastUsed: '2026-11-27T02:00:00.000Z',
    description: 'Allows Amazon RDS to manage AWS resources on your behalf',
    tags: {},
  });

  const users = addUsers(eu, [
    {
      name: 'a.kowalczyk',
      created: '2017-03-08T12:40:00.000Z',
      groups: ['nwf-admins'],
      attached: [],
      password: { lastUsed: '2026-11-25T08:02:11.000Z', changed: '2026-08-01T07:30:00.000Z' },
      mfa: true,
      keys: [],
      tags: t(TEAMS.platform, 'internal', undefined, { Email: `a.kowalczyk@${DOMAIN}` }),
    },
    // Misconfiguration: console access without MFA, and AdministratorAccess attached directly.
    {
      name: 'm.lindqvist',
      created: '2020-09-14T09:00:00.000Z',
      groups: ['nwf-developers'],
      attached: [ADMIN],
      password: { lastUsed: '2026-11-18T15:44:03.000Z', changed: '2026-05-02T10:00:00.000Z' },
      mfa: false,
      keys: [
        {
          active: true,
          rotated: '2026-08-30T09:00:00.000Z',
          lastUsed: '2026-11-26T16:20:00.000Z',
          service: 'ec2',
        },
      ],
      tags: t(TEAMS.booking, 'internal', undefined, { Email: `m.lindqvist@${DOMAIN}` }),
    },
    // Misconfiguration: a service user whose only access key is 21 months old, with an inline policy.
    {
      name: 'svc-legacy-ftp',
      path: '/service-accounts/',
      created: '2019-10-01T11:00:00.000Z',
      groups: [],
      attached: [],
      inline: [
        {
          name: 'ftp-bucket-write',
          document: policyDoc([
            {
              Effect: 'Allow',
              Action: ['s3:PutObject', 's3:GetObject'],
              Resource: 'arn:aws:s3:::nwf-prod-booking-documents/edi-inbox/*',
            },
          ]),
        },
      ],
      mfa: false,
      keys: [
        {
          active: true,
          rotated: '2025-02-10T10:04:00.000Z',
          lastUsed: '2026-11-26T23:10:00.000Z',
          service: 's3',
        },
      ],
      tags: t(TEAMS.booking, 'confidential', undefined, { Application: 'partner-edi-ftp' }),
    },
    // Misconfiguration: a contractor who left in June 2025; the password still works.
    {
      name: 'r.patel-contractor',
      created: '2024-11-04T09:00:00.000Z',
      groups: ['nwf-developers'],
      attached: [],
      password: { lastUsed: '2025-06-30T16:58:00.000Z', changed: '2024-11-04T09:20:00.000Z' },
      mfa: true,
      keys: [],
      tags: t(TEAMS.tracking, 'internal', undefined, {
        Email: `r.patel@contractor.${DOMAIN}`,
        Contract: 'ended 2025-06-30',
      }),
    },
    {
      name: 'svc-datadog',
      path: '/service-accounts/',
      created: '2020-02-11T09:05:00.000Z',
      groups: ['nwf-integrations'],
      attached: [],
      mfa: false,
      keys: [
        {
          active: true,
          rotated: '2026-10-01T08:00:00.000Z',
          lastUsed: '2026-11-27T02:55:00.000Z',
          service: 'cloudwatch',
        },
      ],
      tags: t(TEAMS.platform, 'internal', undefined, { Vendor: 'Datadog' }),
    },
    {
      name: 't.nguyen',
      created: '2021-03-15T09:00:00.000Z',
      groups: ['nwf-developers'],
      attached: [],
      password: { lastUsed: '2026-11-26T09:15:00.000Z', changed: '2026-09-20T08:00:00.000Z' },
      mfa: true,
      keys: [
        {
          active: true,
          rotated: '2026-09-20T08:05:00.000Z',
          lastUsed: '2026-11-26T11:00:00.000Z',
          service: 'sts',
        },
        {
          active: false,
          rotated: '2023-01-09T10:00:00.000Z',
          lastUsed: '2023-06-01T10:00:00.000Z',
          service: 'sts',
        },
      ],
      tags: t(TEAMS.tracking, 'internal', undefined, { Email: `t.nguyen@${DOMAIN}` }),
    },
  ]);

  // --- us-east-1: disaster recovery ------------------------------------------------------------
  const us = new RegionEstate(account, 'us-east-1');
  recorder(us);
  backupPlan(us, 'dr-daily', 14, [
    { name: 'dr-production', resources: ['*'], where: { Environment: 'prod' } },
  ]);
  const kDr = kmsKey(us, 'prod-dr', {
    description: 'nwf-prod disaster recovery copies',
    rotation: true,
    created: '2022-03-01T10:00:00.000Z',
    tags: t(TEAMS.platform, 'restricted', undefined, platform),
  });
  const kEbsUs = awsManagedKey(us, 'ebs', '2022-03-01T09:00:00.000Z');
  const drVpc = vpc(us, 'prod-dr', {
    cidr: '10.41.0.0/16',
    created: '2022-03-01T09:30:00.000Z',
    tags: t(TEAMS.platform, 'internal', 'nwf-prod-dr', platform),
  });
  const drA = subnet(us, 'dr-app-a', drVpc, {
    cidr: '10.41.16.0/20',
    zone: 0,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'dr-app-a'),
  });
  subnet(us, 'dr-app-b', drVpc, {
    cidr: '10.41.32.0/20',
    zone: 1,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'dr-app-b'),
  });
  flowLog(us, 'prod-dr', drVpc, {
    traffic: 'ALL',
    created: '2022-03-01T10:30:00.000Z',
    tags: t(TEAMS.security, 'confidential'),
  });
  const usDefault = vpc(us, 'default', {
    cidr: '172.31.0.0/16',
    isDefault: true,
    created: '2017-03-08T12:00:00.000Z',
    tags: t(TEAMS.platform, 'internal', 'default (unused)'),
  });
  sg(us, 'default-dr', drVpc, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [],
    egress: [],
    tags: t(TEAMS.platform, 'internal'),
  });
  sg(us, 'default-default', usDefault, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [{ proto: '-1', groups: ['self'] }],
    tags: t(TEAMS.platform, 'internal'),
  });
  const sgDr = sg(us, 'dr-app', drVpc, {
    name: 'dr-booking-app',
    description: 'Booking API standby',
    ingress: [{ proto: 'tcp', from: 8080, cidrs: ['10.41.0.0/16'] }],
    tags: t(TEAMS.booking, 'confidential', 'dr-booking-app', booking),
  });
  instance(us, 'dr-standby-01', {
    vpcId: drVpc,
    ipPrefix: '10.41',
    subnetId: drA,
    sgIds: [sgDr],
    type: 'm7g.large',
    zone: 0,
    created: '2026-09-14T12:00:00.000Z',
    imds: 'required',
    state: 'stopped',
    rootKmsKeyArn: kEbsUs,
    tags: t(TEAMS.booking, 'confidential', 'booking-api-dr-standby', booking),
  });
  // A cross-region read replica; single-AZ (misconfiguration for a DR copy of production).
  rdsInstance(us, 'booking-prod-pg-dr', {
    engine: 'postgres',
    version: '16.4',
    class: 'db.r6g.large',
    storageGiB: 400,
    vpcId: drVpc,
    sgIds: [sgDr],
    kmsKeyArn: kDr,
    public: false,
    multiAZ: false,
    backupDays: 7,
    deletionProtection: true,
    iamAuth: true,
    autoMinor: true,
    created: '2022-03-02T08:00:00.000Z',
    zone: 0,
    replicaOf: `arn:aws:rds:eu-west-1:${account.id}:db:booking-prod-pg`,
    tags: t(TEAMS.booking, 'restricted', undefined, booking),
  });
  bucket(us, 'nwf-prod-backups-us', {
    created: '2022-03-01T11:00:00.000Z',
    encryption: { kmsKeyArn: kDr },
    versioning: 'Enabled',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    objectLock: true,
    tags: t(TEAMS.platform, 'restricted', undefined, platform),
  });
  bucket(us, 'nwf-prod-cloudfront-logs', {
    created: '2023-03-21T15:00:00.000Z',
    encryption: 'AES256',
    versioning: 'Enabled',
    publicAccessBlock: fullBlock,
    sslOnly: ssl,
    tags: t(TEAMS.marketing, 'internal', undefined, { Application: 'www', CostCenter: 'CC-5000' }),
  });

  return {
    regions: [
      { account, region: 'eu-west-1', items: eu.items },
      { account, region: 'us-east-1', items: us.items },
    ],
    report: {
      account,
      // Misconfiguration: the root user signed in nine days before the export.
      root: {
        created: '2017-03-08T11:58:00.000Z',
        mfa: true,
        passwordLastUsed: '2026-11-19T07:42:10.000Z',
        keys: [],
      },
      users,
    },
  };
}
