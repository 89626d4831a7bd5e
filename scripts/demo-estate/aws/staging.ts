/** nwf-staging: pre-production in eu-west-1, exported from us-east-1 through the API. */
import { flowLog, routing, sg, subnet, vpc } from './network.js';
import { eks, instance } from './compute.js';
import { awsManagedKey, bucket, kmsKey, rdsInstance } from './data.js';
import { listener, loadBalancer } from './elb.js';
import { accountPublicAccessBlock, recorder, trail } from './governance.js';
import { backupPlan } from './backup.js';
import { iamGroup, iamPolicy, iamRole } from './identity.js';
import { awsTags, policyDoc, RegionEstate, type Tagging } from './region.js';
import {
  addUsers,
  ADMIN,
  MANAGED,
  organizationAccessRole,
  SSM_CORE,
  trustService,
  WORLD,
  type AccountExports,
} from './shared.js';
import { awsAccount, DOMAIN, TEAMS, type DataClass } from '../company.js';

export function staging(): AccountExports {
  const account = awsAccount('staging');
  const t = (owner: string, data: DataClass, name?: string, extra?: Tagging['extra']) =>
    awsTags({
      owner,
      env: 'staging',
      data,
      ...(name === undefined ? {} : { name }),
      ...(extra === undefined ? {} : { extra }),
    });
  const booking = { Application: 'booking-platform', CostCenter: 'CC-2100' };
  const tracking = { Application: 'shipment-tracking', CostCenter: 'CC-2300' };

  const eu = new RegionEstate(account, 'eu-west-1');
  recorder(eu);
  backupPlan(eu, 'staging-weekly', 7, [{ name: 'staging-tagged', tags: { Environment: 'staging' } }]);
  accountPublicAccessBlock(eu, { acls: true, policy: true });
  const kStaging = kmsKey(eu, 'staging-data', {
    description: 'nwf-staging data at rest',
    rotation: true,
    created: '2021-06-01T09:00:00.000Z',
    tags: t(TEAMS.platform, 'internal'),
  });
  const kEbs = awsManagedKey(eu, 'ebs', '2021-06-01T08:00:00.000Z');
  const vpcId = vpc(eu, 'staging-core', {
    cidr: '10.50.0.0/16',
    created: '2021-06-01T08:30:00.000Z',
    tags: t(TEAMS.platform, 'internal', 'nwf-staging-core'),
  });
  const pubA = subnet(eu, 'pub-a', vpcId, {
    cidr: '10.50.0.0/22',
    zone: 0,
    public: true,
    tags: t(TEAMS.platform, 'internal', 'staging-public-a'),
  });
  const pubB = subnet(eu, 'pub-b', vpcId, {
    cidr: '10.50.4.0/22',
    zone: 1,
    public: true,
    tags: t(TEAMS.platform, 'internal', 'staging-public-b'),
  });
  const appA = subnet(eu, 'app-a', vpcId, {
    cidr: '10.50.16.0/20',
    zone: 0,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'staging-app-a'),
  });
  const appB = subnet(eu, 'app-b', vpcId, {
    cidr: '10.50.32.0/20',
    zone: 1,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'staging-app-b'),
  });
  routing(eu, 'staging-core', vpcId, {
    cidr: '10.50.0.0/16',
    publicSubnets: [pubA, pubB],
    allSubnets: [pubA, pubB, appA, appB],
    tags: t(TEAMS.platform, 'internal'),
  });
  // Misconfiguration: the flow log captures accepted traffic only, not rejected connections.
  flowLog(eu, 'staging-core', vpcId, {
    traffic: 'ACCEPT',
    created: '2021-06-02T09:00:00.000Z',
    tags: t(TEAMS.platform, 'internal'),
  });

  sg(eu, 'default-core', vpcId, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [],
    egress: [],
    tags: t(TEAMS.platform, 'internal'),
  });
  const sgAlb = sg(eu, 'staging-alb', vpcId, {
    name: 'staging-alb',
    description: 'Staging load balancer',
    ingress: [
      { proto: 'tcp', from: 443, cidrs: WORLD },
      { proto: 'tcp', from: 80, cidrs: WORLD },
    ],
    tags: t(TEAMS.booking, 'internal', 'staging-alb', booking),
  });
  const sgApp = sg(eu, 'staging-app', vpcId, {
    name: 'staging-app',
    description: 'Staging application tier',
    ingress: [{ proto: 'tcp', from: 8080, groups: [sgAlb] }],
    tags: t(TEAMS.booking, 'internal', 'staging-app', booking),
  });
  const sgDb = sg(eu, 'staging-db', vpcId, {
    name: 'staging-postgres',
    description: 'Staging PostgreSQL',
    ingress: [{ proto: 'tcp', from: 5432, groups: [sgApp] }],
    tags: t(TEAMS.booking, 'confidential', 'staging-postgres', booking),
  });
  // Misconfiguration: RDP open to the internet on a Windows jump host.
  const sgRdp = sg(eu, 'win-jump', vpcId, {
    name: 'win-jump-rdp',
    description: 'RDP to the Windows jump host (QA tooling)',
    ingress: [{ proto: 'tcp', from: 3389, cidrs: WORLD, desc: 'QA team home office' }],
    tags: t(TEAMS.booking, 'internal', 'win-jump-rdp'),
  });
  // Misconfiguration: "temporary" allow-all group for a load test, still in use.
  const sgDebug = sg(eu, 'debug-allow-all', vpcId, {
    name: 'debug-allow-all-temp',
    description: 'TEMP load test - remove after 2026-09-30',
    ingress: [{ proto: '-1', cidrs: WORLD }],
    tags: t(TEAMS.booking, 'internal', 'debug-allow-all-temp'),
  });
  // Misconfiguration: kubelet and NodePorts of the staging nodes reachable from anywhere.
  const sgNodes = sg(eu, 'eks-staging-nodes', vpcId, {
    name: 'eks-staging-nodes',
    description: 'Staging EKS worker nodes',
    ingress: [
      { proto: 'tcp', from: 10250, cidrs: WORLD, desc: 'kubelet (debugging metrics-server)' },
      { proto: 'tcp', from: 30000, to: 32767, cidrs: WORLD, desc: 'NodePort services' },
      { proto: '-1', groups: ['self'] },
    ],
    tags: t(TEAMS.tracking, 'internal', 'eks-staging-nodes', tracking),
  });

  const appRole = iamRole(eu, 'staging-app-role', {
    created: '2021-06-01T10:00:00.000Z',
    trust: trustService('ec2.amazonaws.com'),
    attached: [SSM_CORE],
    instanceProfile: true,
    lastUsed: '2026-11-27T02:10:00.000Z',
    tags: t(TEAMS.booking, 'internal'),
  });
  const addInstance = (label: string, o: Omit<Parameters<typeof instance>[2], 'vpcId' | 'ipPrefix'>) =>
    instance(eu, label, { vpcId: vpcId, ipPrefix: '10.50', ...o });
  for (const [n, subnet, zone] of [
    [1, appA, 0],
    [2, appB, 1],
  ] as const) {
    addInstance(`staging-app-0${n}`, {
      subnetId: subnet,
      sgIds: [sgApp],
      type: 't4g.large',
      zone,
      created: '2026-10-02T09:00:00.000Z',
      imds: 'required',
      profileArn: appRole.profileArn,
      rootKmsKeyArn: kEbs,
      tags: t(TEAMS.booking, 'internal', `staging-app-0${n}`, booking),
    });
  }
  addInstance('win-jump-01', {
    subnetId: pubA,
    sgIds: [sgRdp],
    type: 't3.large',
    zone: 0,
    created: '2023-02-20T13:00:00.000Z',
    imds: 'required',
    platform: 'windows',
    publicIp: '203.0.113.77',
    keyName: 'qa-windows',
    rootKmsKeyArn: kEbs,
    tags: t(TEAMS.booking, 'internal', 'win-jump-01', { Application: 'qa-tooling' }),
  });
  // Misconfiguration: the load-test runner's role has AdministratorAccess "to create test fixtures";
  // the runner is open to the internet on every port: a toxic combination.
  const perfRole = iamRole(eu, 'perf-test-runner', {
    created: '2026-08-28T09:30:00.000Z',
    trust: trustService('ec2.amazonaws.com'),
    attached: [ADMIN],
    instanceProfile: true,
    lastUsed: '2026-11-27T11:00:00.000Z',
    tags: t(TEAMS.booking, 'internal'),
  });
  // Hostile data: an ANSI escape sequence pasted from a terminal into a tag value.
  addInstance('load-test-runner-01', {
    profileArn: perfRole.profileArn,
    subnetId: pubB,
    sgIds: [sgDebug],
    type: 'c6i.2xlarge',
    zone: 1,
    created: '2026-08-28T10:00:00.000Z',
    imds: 'optional',
    publicIp: '203.0.113.91',
    keyName: 'perf-team',
    rootKmsKeyArn: kEbs,
    tags: t(TEAMS.booking, 'internal', 'load-test-runner-01', {
      Notes: '\u001b[1;31mDO NOT STOP\u001b[0m soak test until 2026-12-05',
    }),
  });

  // Misconfiguration: staging database with one day of backups, single-AZ, no deletion protection.
  rdsInstance(eu, 'staging-booking-pg', {
    engine: 'postgres',
    version: '16.4',
    class: 'db.t4g.large',
    storageGiB: 100,
    vpcId: vpcId,
    sgIds: [sgDb],
    kmsKeyArn: kStaging,
    public: false,
    multiAZ: false,
    backupDays: 1,
    deletionProtection: false,
    iamAuth: true,
    autoMinor: true,
    created: '2024-04-08T09:00:00.000Z',
    zone: 0,
    tags: t(TEAMS.booking, 'confidential', undefined, booking),
  });

  const eksRole = iamRole(eu, 'staging-eks-cluster-role', {
    created: '2024-05-13T09:00:00.000Z',
    trust: trustService('eks.amazonaws.com'),
    attached: [MANAGED('AmazonEKSClusterPolicy')],
    lastUsed: '2026-11-27T02:20:00.000Z',
    tags: t(TEAMS.tracking, 'internal'),
  });
  // Misconfiguration: public API endpoint open to the world, no control plane logs, secrets not
  // envelope-encrypted.
  eks(eu, 'staging-eks', {
    version: '1.29',
    roleArn: eksRole.arn,
    subnetIds: [appA, appB],
    sgIds: [sgNodes],
    vpcId: vpcId,
    publicAccess: true,
    publicCidrs: WORLD,
    logTypes: [],
    secretsKeyArn: null,
    created: '2024-05-13T09:30:00.000Z',
    tags: t(TEAMS.tracking, 'internal', undefined, tracking),
  });

  // Misconfiguration: the staging ALB serves plain HTTP, keeps no logs, has no deletion protection.
  const alb = loadBalancer(eu, 'staging-alb', {
    type: 'application',
    scheme: 'internet-facing',
    vpcId: vpcId,
    subnetIds: [pubA, pubB],
    sgIds: [sgAlb],
    accessLogsBucket: null,
    deletionProtection: false,
    dropInvalidHeaders: false,
    created: '2021-06-01T11:00:00.000Z',
    tags: t(TEAMS.booking, 'internal', undefined, booking),
  });
  listener(eu, alb, {
    protocol: 'HTTP',
    port: 80,
    action: 'forward',
    targetGroup: 'staging-app',
    tags: t(TEAMS.booking, 'internal'),
  });
  listener(eu, alb, {
    protocol: 'HTTPS',
    port: 443,
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    certificate: 'staging.northwindfreight.example',
    action: 'forward',
    targetGroup: 'staging-app',
    tags: t(TEAMS.booking, 'internal'),
  });

  bucket(eu, 'nwf-staging-artifacts', {
    created: '2021-06-01T12:00:00.000Z',
    encryption: { kmsKeyArn: kStaging },
    versioning: 'Enabled',
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: true,
    tags: t(TEAMS.platform, 'internal'),
  });
  // Misconfiguration: versioning suspended, plain HTTP accepted.
  bucket(eu, 'nwf-staging-test-fixtures', {
    created: '2022-10-10T10:00:00.000Z',
    encryption: 'AES256',
    versioning: 'Suspended',
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: false,
    tags: t(TEAMS.booking, 'internal', undefined, { Note: 'anonymised copies of prod bookings' }),
  });
  bucket(eu, 'nwf-staging-cloudtrail', {
    created: '2021-06-01T12:30:00.000Z',
    encryption: 'AES256',
    versioning: 'Enabled',
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: true,
    extraStatements: [
      {
        Sid: 'AWSCloudTrailWrite',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::nwf-staging-cloudtrail/${account.alias}/AWSLogs/${account.id}/*`,
        Condition: {
          StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': account.id },
        },
      },
    ],
    tags: t(TEAMS.security, 'internal'),
  });
  // Misconfiguration: a single-region trail without log file validation, KMS or CloudWatch Logs.
  trail(eu, 'staging-trail', {
    bucket: 'nwf-staging-cloudtrail',
    multiRegion: false,
    validation: false,
    kmsKeyArn: null,
    cloudWatch: false,
    created: '2021-06-01T12:35:00.000Z',
    tags: t(TEAMS.platform, 'internal'),
  });

  iamGroup(eu, 'qa', { created: '2021-06-01T13:00:00.000Z', attached: [MANAGED('ReadOnlyAccess')] });
  iamGroup(eu, 'developers', { created: '2021-06-01T13:01:00.000Z', attached: [MANAGED('PowerUserAccess')] });
  // Misconfiguration: a service-wide wildcard (ecr:*).
  iamPolicy(eu, 'staging-deploy', {
    created: '2021-06-01T13:10:00.000Z',
    updated: '2023-05-30T10:00:00.000Z',
    document: policyDoc([
      { Effect: 'Allow', Action: 'ecr:*', Resource: '*' },
      { Effect: 'Allow', Action: ['ecs:UpdateService', 'ecs:DescribeServices'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:GetObject'],
        Resource: 'arn:aws:s3:::nwf-staging-artifacts/*',
      },
    ]),
    attachments: 1,
    description: 'Jenkins deployments to staging',
    tags: t(TEAMS.platform, 'internal'),
  });
  organizationAccessRole(eu, '2021-06-01T08:00:05.000Z');
  // Misconfiguration: a trust policy with Principal "*" guarded by nothing but an external id.
  iamRole(eu, 'partner-upload-role', {
    created: '2023-08-14T10:00:00.000Z',
    trust: policyDoc([
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'nwf-partner-upload-2023' } },
      },
    ]),
    attached: [],
    inline: [
      {
        name: 'upload',
        document: policyDoc([
          {
            Effect: 'Allow',
            Action: 's3:PutObject',
            Resource: 'arn:aws:s3:::nwf-staging-test-fixtures/partner-inbox/*',
          },
        ]),
      },
    ],
    lastUsed: '2026-10-30T14:00:00.000Z',
    description: 'Partners upload test EDI files',
    tags: t(TEAMS.booking, 'internal'),
  });
  iamRole(eu, 'AWSServiceRoleForAmazonEKS', {
    path: '/aws-service-role/eks.amazonaws.com/',
    created: '2024-05-13T09:20:00.000Z',
    trust: trustService('eks.amazonaws.com'),
    attached: [MANAGED('aws-service-role/AmazonEKSServiceRolePolicy')],
    lastUsed: '2026-11-27T01:30:00.000Z',
    description: 'Allows Amazon EKS to call AWS services on your behalf.',
    tags: {},
  });
  const users = addUsers(eu, [
    // Misconfiguration: a CI user whose key is old and no longer used, with a directly attached policy.
    {
      name: 'ci-legacy-jenkins',
      path: '/ci/',
      created: '2021-06-01T13:15:00.000Z',
      groups: [],
      attached: [`arn:aws:iam::${account.id}:policy/staging-deploy`],
      mfa: false,
      keys: [
        {
          active: true,
          rotated: '2024-03-18T09:30:00.000Z',
          lastUsed: '2025-07-02T22:14:00.000Z',
          service: 'ecr',
        },
      ],
      tags: t(TEAMS.platform, 'internal', undefined, { Application: 'jenkins' }),
    },
    // Misconfiguration: console password without MFA, never used since it was set.
    {
      name: 'qa.tester',
      created: '2025-01-15T10:00:00.000Z',
      groups: ['qa'],
      attached: [],
      password: { lastUsed: null, changed: '2025-01-15T10:02:00.000Z' },
      mfa: false,
      keys: [],
      tags: t(TEAMS.booking, 'internal', undefined, { Email: `qa@${DOMAIN}` }),
    },
    {
      name: 'd.moreau',
      created: '2022-04-04T09:00:00.000Z',
      groups: ['developers'],
      attached: [],
      password: { lastUsed: '2026-11-26T14:30:00.000Z', changed: '2026-07-10T08:00:00.000Z' },
      mfa: true,
      keys: [
        {
          active: true,
          rotated: '2026-10-12T08:00:00.000Z',
          lastUsed: '2026-11-26T15:00:00.000Z',
          service: 'eks',
        },
      ],
      tags: t(TEAMS.tracking, 'internal', undefined, { Email: `d.moreau@${DOMAIN}` }),
    },
  ]);

  // --- us-east-1: exported through the API (get-resource-config-history) ------------------------
  const us = new RegionEstate(account, 'us-east-1');
  recorder(us);
  // Misconfiguration: no flow log for this VPC (and the recorder records flow logs here).
  const usVpc = vpc(us, 'staging-us', {
    cidr: '10.51.0.0/16',
    created: '2025-02-03T10:00:00.000Z',
    tags: t(TEAMS.platform, 'internal', 'nwf-staging-us'),
  });
  const usA = subnet(us, 'us-app-a', usVpc, {
    cidr: '10.51.16.0/20',
    zone: 0,
    public: false,
    tags: t(TEAMS.platform, 'internal', 'staging-us-app-a'),
  });
  sg(us, 'default-us', usVpc, {
    name: 'default',
    description: 'default VPC security group',
    ingress: [],
    egress: [],
    tags: t(TEAMS.platform, 'internal'),
  });
  const sgProbe = sg(us, 'perf-probe', usVpc, {
    name: 'perf-probe',
    description: 'Latency probes for the US partner API',
    ingress: [{ proto: 'tcp', from: 443, cidrs: ['10.0.0.0/8'] }],
    tags: t(TEAMS.booking, 'internal', 'perf-probe'),
  });
  const kEbsUs = awsManagedKey(us, 'ebs', '2025-02-03T09:00:00.000Z');
  instance(us, 'perf-probe-01', {
    vpcId: usVpc,
    ipPrefix: '10.51',
    subnetId: usA,
    sgIds: [sgProbe],
    type: 't4g.small',
    zone: 0,
    created: '2025-02-03T11:00:00.000Z',
    imds: 'required',
    rootKmsKeyArn: kEbsUs,
    tags: t(TEAMS.booking, 'internal', 'perf-probe-01'),
  });
  bucket(us, 'nwf-staging-us-edge-cache', {
    created: '2025-02-03T12:00:00.000Z',
    encryption: 'AES256',
    versioning: 'Enabled',
    publicAccessBlock: { acls: true, policy: true },
    sslOnly: true,
    tags: t(TEAMS.booking, 'internal'),
  });

  return {
    regions: [
      { account, region: 'eu-west-1', items: eu.items },
      { account, region: 'us-east-1', items: us.items },
    ],
    report: {
      account,
      // Misconfiguration: no MFA on the root user, and an active root access key.
      root: {
        created: '2021-06-01T07:55:00.000Z',
        mfa: false,
        passwordLastUsed: '2026-04-02T12:00:00.000Z',
        keys: [
          {
            active: true,
            rotated: '2021-06-01T08:10:00.000Z',
            lastUsed: '2025-10-03T09:12:00.000Z',
            service: 'iam',
          },
        ],
      },
      users,
    },
  };
}
