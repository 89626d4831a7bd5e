/** Secure baseline configs for AWS rule tests: each test changes only what it is about. */
import type { SgPermission } from '../../../inventory/aws/ec2.js';
import type { ConfigOf } from '../../../inventory/types.js';

export const secureBucket: ConfigOf<'aws.s3.bucket'> = {
  publicAccessBlock: {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  },
  acl: [{ granteeType: 'CanonicalUser', grantee: 'owner-canonical-id', permission: 'FULL_CONTROL' }],
  policy: null,
  encryption: {
    sseAlgorithm: 'aws:kms',
    kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1',
    bucketKeyEnabled: true,
  },
  versioning: 'Enabled',
  mfaDelete: false,
  logging: { targetBucket: 'access-logs', targetPrefix: 'b/' },
  objectLockEnabled: false,
  lifecycleRules: [{ id: 'expire-old-versions', status: 'Enabled' }],
  eventNotifications: ['eventbridge'],
  replicationRules: [{ id: 'to-dr', status: 'Enabled', destinationBucket: 'arn:aws:s3:::data-dr' }],
};

const ACCOUNT = '111122223333';
const ec2 = (type: string, id: string) => `arn:aws:ec2:us-east-1:${ACCOUNT}:${type}/${id}`;

/** A security group that admits only its own members and HTTPS from a private range. */
export const secureSecurityGroup: ConfigOf<'aws.ec2.security-group'> = {
  groupId: 'sg-0123456789abcdef0',
  groupName: 'app',
  description: 'application tier',
  vpcId: 'vpc-0123456789abcdef0',
  ingress: [
    {
      protocol: 'tcp',
      fromPort: 443,
      toPort: 443,
      ipv4Ranges: ['10.0.0.0/16'],
      ipv6Ranges: [],
      securityGroups: [{ groupId: 'sg-0123456789abcdef0', userId: ACCOUNT, vpcId: null }],
      prefixListIds: [],
    },
  ],
  egress: [
    {
      protocol: 'all',
      fromPort: 0,
      toPort: 65535,
      ipv4Ranges: ['0.0.0.0/0'],
      ipv6Ranges: [],
      securityGroups: [],
      prefixListIds: [],
    },
  ],
};

/** A world-open ingress permission, for tests to add to a group. */
export function openIngress(
  protocol: string,
  fromPort: number | null,
  toPort: number | null,
  cidr = '0.0.0.0/0',
): SgPermission[] {
  const v6 = cidr.includes(':');
  return [
    {
      protocol,
      fromPort,
      toPort,
      ipv4Ranges: v6 ? [] : [cidr],
      ipv6Ranges: v6 ? [cidr] : [],
      securityGroups: [],
      prefixListIds: [],
    },
  ];
}

export const secureInstance: ConfigOf<'aws.ec2.instance'> = {
  instanceId: 'i-0123456789abcdef0',
  state: 'running',
  instanceType: 't3.micro',
  publicIp: null,
  privateIp: '10.0.1.10',
  metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
  securityGroupIds: ['sg-0123456789abcdef0'],
  subnetId: 'subnet-0123456789abcdef0',
  vpcId: 'vpc-0123456789abcdef0',
  iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`,
  keyName: null,
  imageId: 'ami-0123456789abcdef0',
  networkInterfaceIds: ['eni-0123456789abcdef0'],
  virtualizationType: 'hvm',
  stateTransitionTime: null,
};

export const secureVolume: ConfigOf<'aws.ec2.volume'> = {
  volumeId: 'vol-0123456789abcdef0',
  encrypted: true,
  kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`,
  state: 'in-use',
  volumeType: 'gp3',
  sizeGiB: 20,
  snapshotId: null,
  attachments: [
    { instanceId: 'i-0123456789abcdef0', device: '/dev/xvda', state: 'attached', deleteOnTermination: true },
  ],
};

export const secureVpc: ConfigOf<'aws.ec2.vpc'> = {
  vpcId: 'vpc-0123456789abcdef0',
  isDefault: false,
  cidrBlock: '10.0.0.0/16',
  cidrBlocks: ['10.0.0.0/16'],
  ipv6CidrBlocks: [],
  state: 'available',
};

export const VPC_ARN = ec2('vpc', 'vpc-0123456789abcdef0');

export const secureFlowLog: ConfigOf<'aws.ec2.flow-log'> = {
  flowLogId: 'fl-0123456789abcdef0',
  resourceId: 'vpc-0123456789abcdef0',
  trafficType: 'ALL',
  status: 'ACTIVE',
  deliverLogsStatus: 'SUCCESS',
  destinationType: 's3',
  destination: 'arn:aws:s3:::flow-logs',
};

export const secureDbInstance: ConfigOf<'aws.rds.db-instance'> = {
  dbInstanceIdentifier: 'orders',
  engine: 'postgres',
  engineVersion: '16.3',
  instanceClass: 'db.t4g.medium',
  status: 'available',
  publiclyAccessible: false,
  storageEncrypted: true,
  kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`,
  backupRetentionPeriod: 14,
  autoMinorVersionUpgrade: true,
  port: 5432,
  vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
  vpcId: 'vpc-0123456789abcdef0',
  multiAZ: true,
  deletionProtection: true,
  iamDatabaseAuthenticationEnabled: true,
  clusterIdentifier: null,
  monitoringInterval: 60,
  enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
  copyTagsToSnapshot: true,
  masterUsername: 'orders_owner',
  requireTls: true,
};

export const secureDbSnapshot: ConfigOf<'aws.rds.db-snapshot'> = {
  snapshotIdentifier: 'orders-2026-05-01',
  snapshotType: 'manual',
  encrypted: true,
  kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`,
  engine: 'postgres',
  sourceDbInstanceIdentifier: 'orders',
  restoreAttributeValues: [],
  vpcId: 'vpc-0123456789abcdef0',
};

export const secureKmsKey: ConfigOf<'aws.kms.key'> = {
  keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
  keyManager: 'CUSTOMER',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  keyState: 'Enabled',
  origin: 'AWS_KMS',
  multiRegion: false,
  rotationEnabled: true,
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  },
};

export const LB_ARN = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/50dc6c495c0c9188`;

export const secureLoadBalancer: ConfigOf<'aws.elbv2.load-balancer'> = {
  scheme: 'internet-facing',
  lbType: 'application',
  dnsName: 'web-1234.us-east-1.elb.amazonaws.com',
  vpcId: 'vpc-0123456789abcdef0',
  securityGroupIds: ['sg-0123456789abcdef0'],
  accessLogsEnabled: true,
  accessLogsBucket: 'lb-logs',
  dropInvalidHeaderFields: true,
  deletionProtection: true,
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  desyncMitigationMode: 'defensive',
  wafWebAclArn:
    'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
};

/** An HTTPS listener with a TLS 1.2+ policy, forwarding to a target group. */
export const secureHttpsListener: ConfigOf<'aws.elbv2.listener'> = {
  protocol: 'HTTPS',
  port: 443,
  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
  loadBalancerArn: LB_ARN,
  defaultActions: [
    {
      type: 'forward',
      order: 1,
      targetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web/73e2d6bc24d8a067`,
      redirect: null,
      fixedResponseStatusCode: null,
    },
  ],
  certificateArns: [`arn:aws:acm:us-east-1:${ACCOUNT}:certificate/c1`],
};

/** An HTTP listener whose only action redirects to HTTPS. */
export const secureHttpListener: ConfigOf<'aws.elbv2.listener'> = {
  protocol: 'HTTP',
  port: 80,
  sslPolicy: null,
  loadBalancerArn: LB_ARN,
  defaultActions: [
    {
      type: 'redirect',
      order: 1,
      targetGroupArn: null,
      redirect: {
        protocol: 'HTTPS',
        port: '443',
        host: '#{host}',
        path: '/#{path}',
        query: '#{query}',
        statusCode: 'HTTP_301',
      },
      fixedResponseStatusCode: null,
    },
  ],
  certificateArns: [],
};

export const secureEksCluster: ConfigOf<'aws.eks.cluster'> = {
  version: '1.30',
  status: 'ACTIVE',
  endpointPublicAccess: false,
  endpointPrivateAccess: true,
  publicAccessCidrs: [],
  enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
  encryptionConfig: [{ resources: ['secrets'], keyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1` }],
  securityGroupIds: ['sg-0123456789abcdef0'],
  subnetIds: ['subnet-0123456789abcdef0'],
  vpcId: 'vpc-0123456789abcdef0',
  roleArn: `arn:aws:iam::${ACCOUNT}:role/eks`,
};
