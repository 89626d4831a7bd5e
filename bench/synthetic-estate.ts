/**
 * Synthetic estate generator for the benchmark: an AWS Config snapshot (the S3-delivered file
 * spelling) with `size` configuration items of the resource types Parapet assesses, spread over
 * accounts and regions, with a realistic share of misconfigurations. One item per line, so the
 * benchmark's floor (read + JSON.parse per item) needs no parser of ours. Deterministic for a seed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const GENERATOR_VERSION = 2;

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];
const TEAMS = ['payments', 'search', 'platform', 'data', 'identity', 'web'];
const ENVS = ['prod', 'staging', 'dev'];
const CLASSES = ['confidential', 'internal', 'public', 'restricted'];

/** Share of each resource type, summing to 1. */
const MIX: [string, number][] = [
  ['AWS::EC2::Instance', 0.24],
  ['AWS::EC2::Volume', 0.24],
  ['AWS::EC2::SecurityGroup', 0.12],
  ['AWS::S3::Bucket', 0.14],
  ['AWS::RDS::DBInstance', 0.05],
  ['AWS::IAM::Role', 0.05],
  ['AWS::IAM::Policy', 0.02],
  ['AWS::ElasticLoadBalancingV2::Listener', 0.05],
  ['AWS::KMS::Key', 0.04],
  ['AWS::EC2::VPC', 0.02],
  ['AWS::EC2::FlowLog', 0.01],
  ['AWS::RDS::DBSnapshot', 0.02],
];

interface Ctx {
  rnd: () => number;
  account: string;
  region: string;
  i: number;
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const hex = (n: number, len: number) => n.toString(16).padStart(len, '0').slice(-len);

function tags(c: Ctx): Record<string, string> {
  return {
    Name: `svc-${c.i}`,
    Owner: pick(c.rnd, TEAMS),
    Environment: pick(c.rnd, ENVS),
    'data-classification': pick(c.rnd, CLASSES),
    CostCenter: `cc-${Math.floor(c.rnd() * 90) + 10}`,
  };
}

function envelope(
  c: Ctx,
  resourceType: string,
  resourceId: string,
  arn: string,
  configuration: unknown,
  extra: Record<string, unknown> = {},
) {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
    configurationStateId: 1700000000000 + c.i,
    awsAccountId: c.account,
    configurationItemStatus: 'OK',
    resourceType,
    resourceId,
    resourceName: resourceId,
    ARN: arn,
    awsRegion: resourceType.startsWith('AWS::IAM::') ? 'global' : c.region,
    availabilityZone: resourceType.startsWith('AWS::IAM::') ? 'Not Applicable' : `${c.region}a`,
    resourceCreationTime: '2025-03-01T00:00:00.000Z',
    tags: tags(c),
    relatedEvents: [],
    relationships: [],
    configuration,
    supplementaryConfiguration: {},
    ...extra,
  };
}

function item(type: string, c: Ctx): unknown {
  const { rnd, account, region, i } = c;
  const vpc = `vpc-${hex(i % 97, 8)}`;
  const sg = `sg-${hex(i % 1013, 17)}`;
  switch (type) {
    case 'AWS::EC2::Instance': {
      const id = `i-${hex(i, 17)}`;
      const publicIp = rnd() < 0.2 ? `54.${i % 250}.${(i >> 8) % 250}.${(i >> 16) % 250}` : undefined;
      return envelope(c, type, id, `arn:aws:ec2:${region}:${account}:instance/${id}`, {
        instanceId: id,
        imageId: `ami-${hex(i % 50, 17)}`,
        instanceType: pick(rnd, ['t3.micro', 'm5.large', 'c6i.xlarge']),
        state: { code: 16, name: 'running' },
        privateIpAddress: `10.${i % 250}.${(i >> 8) % 250}.${(i >> 16) % 250}`,
        publicIpAddress: publicIp ?? null,
        publicDnsName: publicIp ? `ec2-${publicIp.replace(/\./g, '-')}.compute.amazonaws.com` : '',
        subnetId: `subnet-${hex(i % 301, 8)}`,
        vpcId: vpc,
        securityGroups: [{ groupId: sg, groupName: `sg-${i % 1013}` }],
        metadataOptions: {
          httpTokens: rnd() < 0.4 ? 'optional' : 'required',
          httpEndpoint: 'enabled',
          httpPutResponseHopLimit: 1,
          state: 'applied',
        },
        iamInstanceProfile: {
          arn: `arn:aws:iam::${account}:instance-profile/app-${i % 40}`,
          id: `AIPA${hex(i, 17)}`,
        },
        keyName: rnd() < 0.5 ? 'ops' : null,
        launchTime: '2026-01-01T00:00:00.000Z',
        networkInterfaces: [
          {
            networkInterfaceId: `eni-${hex(i, 17)}`,
            subnetId: `subnet-${hex(i % 301, 8)}`,
            vpcId: vpc,
            privateIpAddress: `10.${i % 250}.${(i >> 8) % 250}.${(i >> 16) % 250}`,
            association: publicIp ? { publicIp, ipOwnerId: 'amazon' } : null,
            groups: [{ groupId: sg, groupName: `sg-${i % 1013}` }],
            status: 'in-use',
          },
        ],
        blockDeviceMappings: [
          {
            deviceName: '/dev/xvda',
            ebs: { volumeId: `vol-${hex(i, 17)}`, status: 'attached', deleteOnTermination: true },
          },
        ],
      });
    }
    case 'AWS::EC2::Volume': {
      const id = `vol-${hex(i, 17)}`;
      const encrypted = rnd() < 0.75;
      return envelope(c, type, id, `arn:aws:ec2:${region}:${account}:volume/${id}`, {
        volumeId: id,
        size: 100,
        volumeType: 'gp3',
        encrypted,
        kmsKeyId: encrypted
          ? `arn:aws:kms:${region}:${account}:key/${hex(i % 20, 8)}-0000-4000-8000-000000000000`
          : null,
        snapshotId: '',
        state: 'in-use',
        availabilityZone: `${region}a`,
        createTime: '2026-01-01T00:00:00.000Z',
        attachments: [
          {
            instanceId: `i-${hex(i, 17)}`,
            device: '/dev/xvda',
            state: 'attached',
            deleteOnTermination: true,
          },
        ],
      });
    }
    case 'AWS::EC2::SecurityGroup': {
      const world = rnd() < 0.15;
      const port = pick(rnd, [22, 3389, 443, 5432, 6443, 80]);
      return envelope(c, type, sg + `-${i}`, `arn:aws:ec2:${region}:${account}:security-group/${sg}-${i}`, {
        groupId: `${sg}-${i}`,
        groupName: i % 50 === 0 ? 'default' : `app-${i}`,
        description: 'application tier',
        vpcId: vpc,
        ownerId: account,
        ipPermissions: [
          {
            ipProtocol: 'tcp',
            fromPort: port,
            toPort: port,
            ipv4Ranges: [{ cidrIp: world ? '0.0.0.0/0' : '10.0.0.0/8' }],
            ipRanges: [world ? '0.0.0.0/0' : '10.0.0.0/8'],
            ipv6Ranges: [],
            userIdGroupPairs: [],
            prefixListIds: [],
          },
        ],
        ipPermissionsEgress: [
          {
            ipProtocol: '-1',
            ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
            ipRanges: ['0.0.0.0/0'],
            ipv6Ranges: [],
            userIdGroupPairs: [],
            prefixListIds: [],
          },
        ],
      });
    }
    case 'AWS::S3::Bucket': {
      const name = `acme-${account}-${i}`;
      const open = rnd() < 0.05;
      return envelope(
        c,
        type,
        name,
        `arn:aws:s3:::${name}`,
        {
          name,
          owner: { id: 'e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15' },
          creationDate: '2025-01-01T00:00:00.000Z',
        },
        {
          supplementaryConfiguration: {
            AccessControlList: JSON.stringify({
              grantList: [
                {
                  grantee: {
                    id: 'e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15',
                    displayName: null,
                  },
                  permission: 'FullControl',
                },
                ...(open ? [{ grantee: 'AllUsers', permission: 'Read' }] : []),
              ],
              owner: { id: 'e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15' },
            }),
            BucketLoggingConfiguration: {
              destinationBucketName: rnd() < 0.5 ? `acme-logs-${account}` : null,
              logFilePrefix: 'logs/',
            },
            BucketVersioningConfiguration: {
              status: rnd() < 0.6 ? 'Enabled' : 'Off',
              isMfaDeleteEnabled: null,
            },
            BucketPolicy: { policyText: null },
            ...(open
              ? {}
              : {
                  PublicAccessBlockConfiguration: {
                    blockPublicAcls: true,
                    ignorePublicAcls: true,
                    blockPublicPolicy: true,
                    restrictPublicBuckets: true,
                  },
                }),
            ServerSideEncryptionConfiguration: {
              rules: [
                {
                  applyServerSideEncryptionByDefault: {
                    sseAlgorithm: rnd() < 0.5 ? 'aws:kms' : 'AES256',
                    kmsMasterKeyID: null,
                  },
                  bucketKeyEnabled: true,
                },
              ],
            },
          },
        },
      );
    }
    case 'AWS::RDS::DBInstance': {
      const id = `db-${i}`;
      return envelope(
        c,
        type,
        `db-${hex(i, 26).toUpperCase()}`,
        `arn:aws:rds:${region}:${account}:db:${id}`,
        {
          dBInstanceIdentifier: id,
          dBInstanceClass: 'db.m6g.large',
          engine: 'postgres',
          engineVersion: '16.3',
          dBInstanceStatus: 'available',
          publiclyAccessible: rnd() < 0.05,
          storageEncrypted: rnd() < 0.85,
          kmsKeyId: null,
          dBClusterIdentifier: null,
          backupRetentionPeriod: pick(rnd, [0, 1, 7, 14]),
          autoMinorVersionUpgrade: rnd() < 0.8,
          multiAZ: rnd() < 0.5,
          deletionProtection: rnd() < 0.5,
          iAMDatabaseAuthenticationEnabled: false,
          dBInstanceArn: `arn:aws:rds:${region}:${account}:db:${id}`,
          vpcSecurityGroups: [{ vpcSecurityGroupId: sg, status: 'active' }],
          dBSubnetGroup: { vpcId: vpc, dBSubnetGroupName: 'default' },
          endpoint: { address: `${id}.abc.${region}.rds.amazonaws.com`, port: 5432 },
        },
      );
    }
    case 'AWS::RDS::DBSnapshot': {
      const id = `snap-${i}`;
      return envelope(
        c,
        type,
        id,
        `arn:aws:rds:${region}:${account}:snapshot:${id}`,
        {
          dBSnapshotIdentifier: id,
          dBInstanceIdentifier: `db-${i}`,
          engine: 'postgres',
          encrypted: rnd() < 0.8,
          snapshotType: 'manual',
          status: 'available',
        },
        {
          supplementaryConfiguration: {
            DBSnapshotAttributes: [
              { attributeName: 'restore', attributeValues: rnd() < 0.03 ? ['all'] : [] },
            ],
          },
        },
      );
    }
    case 'AWS::IAM::Role': {
      const name = `app-role-${i}`;
      const crossAccount = rnd() < 0.1;
      const trust = {
        Version: '2012-10-17',
        Statement: [
          crossAccount
            ? {
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::999988887777:root' },
                Action: 'sts:AssumeRole',
              }
            : { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      };
      return envelope(c, type, `AROA${hex(i, 17).toUpperCase()}`, `arn:aws:iam::${account}:role/${name}`, {
        path: '/',
        roleName: name,
        roleId: `AROA${hex(i, 17).toUpperCase()}`,
        arn: `arn:aws:iam::${account}:role/${name}`,
        createDate: '2025-01-01T00:00:00.000Z',
        assumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
        instanceProfileList: [],
        rolePolicyList: [],
        attachedManagedPolicies: [
          rnd() < 0.05
            ? { policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }
            : { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        ],
      });
    }
    case 'AWS::IAM::Policy': {
      const name = `app-policy-${i}`;
      const doc = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: rnd() < 0.1 ? '*' : ['s3:GetObject', 's3:PutObject'],
            Resource: rnd() < 0.1 ? '*' : `arn:aws:s3:::acme-${i}/*`,
          },
        ],
      };
      return envelope(c, type, `ANPA${hex(i, 17).toUpperCase()}`, `arn:aws:iam::${account}:policy/${name}`, {
        policyName: name,
        policyId: `ANPA${hex(i, 17).toUpperCase()}`,
        createDate: '2025-01-01T00:00:00.000Z',
        updateDate: '2025-06-01T00:00:00.000Z',
        arn: `arn:aws:iam::${account}:policy/${name}`,
        path: '/',
        defaultVersionId: 'v1',
        attachmentCount: 1,
        isAttachable: true,
        policyVersionList: [
          { document: encodeURIComponent(JSON.stringify(doc)), versionId: 'v1', isDefaultVersion: true },
        ],
      });
    }
    case 'AWS::ElasticLoadBalancingV2::Listener': {
      const lb = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/web-${i % 300}/${hex(i % 300, 16)}`;
      const http = rnd() < 0.3;
      return envelope(
        c,
        type,
        `${lb.replace(':loadbalancer/', ':listener/')}/${hex(i, 16)}`,
        `${lb.replace(':loadbalancer/', ':listener/')}/${hex(i, 16)}`,
        {
          listenerArn: `${lb.replace(':loadbalancer/', ':listener/')}/${hex(i, 16)}`,
          loadBalancerArn: lb,
          port: http ? 80 : 443,
          protocol: http ? 'HTTP' : 'HTTPS',
          ...(http
            ? { certificates: [] }
            : {
                sslPolicy: pick(rnd, ['ELBSecurityPolicy-TLS13-1-2-2021-06', 'ELBSecurityPolicy-2016-08']),
                certificates: [
                  {
                    certificateArn: `arn:aws:acm:${region}:${account}:certificate/${hex(i, 8)}-0000-4000-8000-000000000000`,
                  },
                ],
              }),
          defaultActions: [
            http && rnd() < 0.5
              ? {
                  type: 'redirect',
                  order: 1,
                  redirectConfig: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' },
                }
              : {
                  type: 'forward',
                  order: 1,
                  targetGroupArn: `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/tg-${i}/${hex(i, 16)}`,
                },
          ],
        },
      );
    }
    case 'AWS::KMS::Key': {
      const id = `${hex(i, 8)}-0000-4000-8000-${hex(i, 12)}`;
      return envelope(
        c,
        type,
        id,
        `arn:aws:kms:${region}:${account}:key/${id}`,
        {
          keyId: id,
          arn: `arn:aws:kms:${region}:${account}:key/${id}`,
          keyManager: 'CUSTOMER',
          keyState: 'Enabled',
          enabled: true,
          keyUsage: 'ENCRYPT_DECRYPT',
          keySpec: 'SYMMETRIC_DEFAULT',
          customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
          origin: 'AWS_KMS',
          multiRegion: false,
          description: 'app key',
        },
        {
          supplementaryConfiguration: {
            KeyRotationStatus: rnd() < 0.7 ? 'true' : 'false',
            Policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'root',
                  Effect: 'Allow',
                  Principal: { AWS: `arn:aws:iam::${account}:root` },
                  Action: 'kms:*',
                  Resource: '*',
                },
              ],
            }),
          },
        },
      );
    }
    case 'AWS::EC2::VPC': {
      const id = `vpc-${hex(i, 8)}`;
      return envelope(c, type, id, `arn:aws:ec2:${region}:${account}:vpc/${id}`, {
        vpcId: id,
        cidrBlock: '10.0.0.0/16',
        isDefault: rnd() < 0.1,
        state: 'available',
      });
    }
    case 'AWS::EC2::FlowLog': {
      const id = `fl-${hex(i, 17)}`;
      return envelope(c, type, id, `arn:aws:ec2:${region}:${account}:vpc-flow-log/${id}`, {
        flowLogId: id,
        resourceId: `vpc-${hex(i - 1, 8)}`,
        trafficType: 'ALL',
        logDestinationType: 'cloud-watch-logs',
        logGroupName: 'vpc-flow-logs',
        flowLogStatus: 'ACTIVE',
      });
    }
    default:
      throw new Error(`no generator for ${type}`);
  }
}

/**
 * Write an estate of `size` items to `file`. Returns the number of bytes written.
 * @example await writeSyntheticEstate('bench/out/estate-10000.json', 10_000)
 */
export async function writeSyntheticEstate(file: string, size: number, seed = 42): Promise<number> {
  const rnd = prng(seed);
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(
    '{"fileVersion":"1.0","configSnapshotId":"00000000-0000-4000-8000-bench0000001","configurationItems":[\n',
  );
  const cumulative: [string, number][] = [];
  let acc = 0;
  for (const [t, share] of MIX) cumulative.push([t, (acc += share)]);
  let chunk: string[] = [];
  for (let i = 0; i < size; i++) {
    const r = rnd() * acc;
    const type = cumulative.find(([, upTo]) => r < upTo)?.[0] ?? 'AWS::EC2::Instance';
    const account = `1000000000${String(i % 20).padStart(2, '0')}`;
    const region = REGIONS[Math.floor(i / 20) % REGIONS.length]!;
    chunk.push(JSON.stringify(item(type, { rnd, account, region, i })));
    if (chunk.length === 1000 || i === size - 1) {
      await write(chunk.join(',\n') + (i === size - 1 ? '\n' : ',\n'));
      chunk = [];
    }
  }
  await write(']}\n');
  out.end();
  await once(out, 'close');
  return bytes;
}
