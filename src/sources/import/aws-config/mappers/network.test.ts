/**
 * The storage, compute and network mappers on the spelling variants real AWS Config data shows:
 * protocol numbers, old and new CIDR lists, camelCase and PascalCase, API and CloudFormation shapes,
 * records that leave sections out (narrow queries), and values that say "none" by being absent.
 */
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset, SourceRef } from '../../../../model/asset.js';
import { isUnknown } from '../../../../model/unknown.js';
import { normaliseItem } from '../item.js';
import { CONFIG_MAPPERS } from './index.js';
import { NOT_IN_RECORD } from './types.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-2';
const SOURCE: SourceRef = { kind: 'import', format: 'test', file: 'test.json', position: 'item' };
const ec2 = (type: string, id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:${type}/${id}`;

/** Map one raw item and build it; asserts it maps to exactly one asset and parses without warnings. */
function mapOne(raw: Record<string, unknown>): AnyAsset {
  const item = normaliseItem({ accountId: ACCOUNT, awsRegion: REGION, ...raw });
  if (typeof item === 'string') throw new Error(item);
  const mapper = CONFIG_MAPPERS[item.resourceType];
  if (!mapper) throw new Error(`no mapper for ${item.resourceType}`);
  const out = mapper(item, SOURCE);
  expect(out).toHaveLength(1);
  const [m] = out;
  if (!m) throw new Error('nothing mapped');
  const def = assetTypeDef(m.type);
  if (!def) throw new Error(`no asset type ${m.type}`);
  const { asset, warnings } = buildAsset(def, m.candidate);
  expect(warnings).toEqual([]);
  return asset;
}

const unknownFields = (a: AnyAsset) => Object.keys(a.config).filter((k) => isUnknown(a.config[k]));

describe('AWS::EC2::SecurityGroup', () => {
  const sg = (permissions: unknown[], extra: Record<string, unknown> = {}) =>
    mapOne({
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: 'sg-1',
      configuration: {
        groupId: 'sg-1',
        groupName: 'g',
        description: 'd',
        vpcId: 'vpc-1',
        ipPermissions: permissions,
        ipPermissionsEgress: null,
        ...extra,
      },
    });

  it('normalises protocol numbers and spellings', () => {
    const a = sg([
      { ipProtocol: '6', fromPort: 80, toPort: 80, ipRanges: ['0.0.0.0/0'] },
      { ipProtocol: 17, fromPort: 53, toPort: 53, ipv4Ranges: [{ cidrIp: '10.0.0.0/8' }] },
      { ipProtocol: 'ICMP', fromPort: 8, toPort: -1, ipRanges: [] },
      { ipProtocol: '58', fromPort: -1, toPort: -1, ipv6Ranges: [{ cidrIpv6: '::/0' }] },
      { ipProtocol: '-1', fromPort: null, toPort: null, ipv6Ranges: ['2001:db8::/32'] },
      { ipProtocol: '50', ipRanges: ['192.0.2.0/24'] },
    ]);
    expect(a.config.ingress).toMatchObject([
      { protocol: 'tcp', fromPort: 80, toPort: 80, ipv4Ranges: ['0.0.0.0/0'] },
      { protocol: 'udp', fromPort: 53, toPort: 53, ipv4Ranges: ['10.0.0.0/8'] },
      { protocol: 'icmp', fromPort: 8, toPort: -1 },
      { protocol: 'icmpv6', ipv6Ranges: ['::/0'] },
      { protocol: 'all', fromPort: 0, toPort: 65535, ipv6Ranges: ['2001:db8::/32'] },
      { protocol: '50', fromPort: null, toPort: null },
    ]);
    // A group with no egress rules is recorded as null by some API generations.
    expect(a.config.egress).toEqual([]);
  });

  it('merges ipRanges and ipv4Ranges without duplicates', () => {
    const a = sg([
      {
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        ipRanges: ['0.0.0.0/0', '10.0.0.0/8'],
        ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
      },
    ]);
    expect(a.config.ingress).toMatchObject([{ ipv4Ranges: ['0.0.0.0/0', '10.0.0.0/8'] }]);
  });

  it('keeps referenced groups named only by groupName (EC2-Classic style)', () => {
    const a = sg(
      [
        {
          ipProtocol: 'tcp',
          fromPort: 1,
          toPort: 2,
          userIdGroupPairs: [{ groupName: 'other', userId: ACCOUNT }],
        },
      ],
      { vpcId: null },
    );
    expect(a.config.ingress).toMatchObject([
      { securityGroups: [{ groupId: 'other', userId: ACCOUNT, vpcId: null }] },
    ]);
    expect(a.config.vpcId).toBeNull();
    expect(a.relations).toEqual([]);
  });

  it('leaves everything unknown when the record carries no configuration', () => {
    const a = mapOne({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-2' });
    expect(a.config.groupId).toBe('sg-2');
    expect(a.config.ingress).toEqual({ $unknown: NOT_IN_RECORD('configuration') });
    expect(unknownFields(a).sort()).toEqual(['description', 'egress', 'groupName', 'ingress', 'vpcId']);
  });
});

describe('AWS::EC2::Instance', () => {
  it('finds the public IP on a network interface when the top-level field is absent', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-1',
      configuration: {
        instanceId: 'i-1',
        state: 'stopped',
        networkInterfaces: [{ association: { publicIp: '198.51.100.4' } }],
        securityGroups: [{ groupId: 'sg-1', groupName: 'g' }],
      },
    });
    expect(a.config).toMatchObject({
      state: 'stopped',
      publicIp: '198.51.100.4',
      securityGroupIds: ['sg-1'],
    });
    expect(a.config.metadataOptions).toEqual({
      $unknown: 'the AWS Config record has no configuration.metadataOptions',
    });
    expect(a.relations).toEqual([{ kind: 'uses-security-group', target: ec2('security-group', 'sg-1') }]);
  });

  it('reads a state given as {value}, and partial metadata options', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-2',
      configuration: {
        instanceId: 'i-2',
        state: { value: 'running' },
        metadataOptions: { httpTokens: 'required' },
      },
    });
    expect(a.config.state).toBe('running');
    expect(a.config.metadataOptions).toMatchObject({
      httpTokens: 'required',
      httpEndpoint: { $unknown: 'the AWS Config record has no configuration.metadataOptions.httpEndpoint' },
    });
  });
});

describe('AWS::EC2::Volume, ::FlowLog', () => {
  it('relates an encrypted volume to its key, but not to a key alias', () => {
    const key = `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-1`;
    const byKey = mapOne({
      resourceType: 'AWS::EC2::Volume',
      resourceId: 'vol-1',
      configuration: { volumeId: 'vol-1', encrypted: true, kmsKeyId: key, attachments: [] },
    });
    expect(byKey.relations).toEqual([{ kind: 'encrypted-by', target: key }]);
    const alias = mapOne({
      resourceType: 'AWS::EC2::Volume',
      resourceId: 'vol-2',
      configuration: {
        volumeId: 'vol-2',
        encrypted: true,
        kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/ebs`,
        attachments: [],
      },
    });
    expect(alias.relations).toEqual([]);
  });

  it('leaves the key unknown when an encrypted volume record lacks it', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::Volume',
      resourceId: 'vol-3',
      configuration: { volumeId: 'vol-3', encrypted: true },
    });
    expect(isUnknown(a.config.kmsKeyId)).toBe(true);
  });

  it('reads a CloudWatch Logs flow log of a subnet', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::FlowLog',
      resourceId: 'fl-1',
      configuration: {
        flowLogId: 'fl-1',
        resourceId: 'subnet-1',
        trafficType: 'ALL',
        flowLogStatus: 'ACTIVE',
        logGroupName: 'vpc-logs',
        deliverLogsStatus: null,
      },
    });
    expect(a.uid).toBe(ec2('vpc-flow-log', 'fl-1'));
    expect(a.config).toMatchObject({
      destinationType: 'cloud-watch-logs',
      destination: 'vpc-logs',
      deliverLogsStatus: null,
    });
    expect(a.relations).toEqual([{ kind: 'logs', target: ec2('subnet', 'subnet-1') }]);
  });

  it('relates a flow log of a network interface to the interface', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::FlowLog',
      resourceId: 'fl-2',
      configuration: {
        flowLogId: 'fl-2',
        resourceId: 'eni-0abc',
        trafficType: 'REJECT',
        flowLogStatus: 'ACTIVE',
        logDestinationType: 's3',
        logDestination: 'arn:aws:s3:::b',
      },
    });
    expect(a.relations).toEqual([{ kind: 'logs', target: ec2('network-interface', 'eni-0abc') }]);
  });
});

describe('AWS::RDS::DBInstance, ::DBSnapshot', () => {
  it('falls back to dbInstancePort, and leaves fields older records lack unknown', () => {
    const a = mapOne({
      resourceType: 'AWS::RDS::DBInstance',
      resourceId: 'db-ABC',
      resourceName: 'legacy',
      configuration: {
        dBInstanceIdentifier: 'legacy',
        engine: 'aurora-mysql',
        publiclyAccessible: false,
        storageEncrypted: false,
        backupRetentionPeriod: 1,
        autoMinorVersionUpgrade: true,
        endpoint: null,
        dbInstancePort: 3306,
        vpcSecurityGroups: [],
        dBSubnetGroup: null,
        multiAZ: false,
        iAMDatabaseAuthenticationEnabled: false,
        dBClusterIdentifier: 'legacy-cluster',
      },
    });
    expect(a.uid).toBe(`arn:aws:rds:${REGION}:${ACCOUNT}:db:legacy`);
    expect(a.config).toMatchObject({
      port: 3306,
      kmsKeyId: null,
      vpcId: null,
      clusterIdentifier: 'legacy-cluster',
    });
    expect(a.config.deletionProtection).toEqual({
      $unknown: 'the AWS Config record has no configuration.deletionProtection',
    });
  });

  const snapshot = (extra: Record<string, unknown>, supplementary?: unknown) =>
    mapOne({
      resourceType: 'AWS::RDS::DBSnapshot',
      resourceId: 's1',
      configuration: {
        dBSnapshotIdentifier: 's1',
        engine: 'mysql',
        encrypted: false,
        snapshotType: 'manual',
        ...extra,
      },
      ...(supplementary === undefined ? {} : { supplementaryConfiguration: supplementary }),
    });

  it('reads the restore attribute from supplementary text, PascalCase keys, or the configuration', () => {
    expect(
      snapshot(
        {},
        {
          DBSnapshotAttributes: JSON.stringify([
            { AttributeName: 'restore', AttributeValues: ['all', 'all'] },
          ]),
        },
      ).config.restoreAttributeValues,
    ).toEqual(['all']);
    expect(
      snapshot(
        { dBSnapshotAttributes: [{ attributeName: 'restore', attributeValues: ['444455556666'] }] },
        {},
      ).config.restoreAttributeValues,
    ).toEqual(['444455556666']);
    expect(snapshot({}, { DBSnapshotAttributes: [] }).config.restoreAttributeValues).toEqual([]);
  });

  it('knows automated snapshots are unshared; leaves others unknown without the attribute', () => {
    expect(snapshot({ snapshotType: 'automated' }, {}).config.restoreAttributeValues).toEqual([]);
    expect(snapshot({}, {}).config.restoreAttributeValues).toEqual({
      $unknown: 'the AWS Config record has no supplementaryConfiguration.DBSnapshotAttributes',
    });
    expect(snapshot({}).config.restoreAttributeValues).toEqual({
      $unknown: NOT_IN_RECORD('supplementaryConfiguration'),
    });
  });
});

describe('AWS::KMS::Key', () => {
  const key = (supplementary: Record<string, unknown>) =>
    mapOne({
      resourceType: 'AWS::KMS::Key',
      resourceId: 'k-1',
      configuration: {
        keyId: 'k-1',
        keyManager: 'CUSTOMER',
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        keyState: 'Enabled',
        origin: 'AWS_KMS',
        multiRegion: false,
      },
      supplementaryConfiguration: supplementary,
    });

  it('reads rotation given as text', () => {
    expect(key({ KeyRotationStatus: 'true', Policy: '' }).config).toMatchObject({
      rotationEnabled: true,
      policy: null,
    });
  });

  it('builds the ARN from the key id, and turns an unreadable policy into unknown', () => {
    const a = key({ KeyRotationStatus: false, Policy: '{not json' });
    expect(a.uid).toBe(`arn:aws:kms:${REGION}:${ACCOUNT}:key/k-1`);
    expect(isUnknown(a.config.policy)).toBe(true);
  });
});

describe('AWS::ElasticLoadBalancingV2::LoadBalancer, ::Listener', () => {
  const LB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/net/nlb/1234`;

  it('reads a network load balancer: no security groups, no header attribute', () => {
    const a = mapOne({
      resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      resourceId: LB,
      configuration: {
        loadBalancerArn: LB,
        loadBalancerName: 'nlb',
        scheme: 'internal',
        type: 'network',
        vpcId: 'vpc-1',
      },
      supplementaryConfiguration: {
        LoadBalancerAttributes: [
          { key: 'access_logs.s3.enabled', value: 'true' },
          { key: 'access_logs.s3.bucket', value: 'logs' },
          { key: 'deletion_protection.enabled', value: 'false' },
        ],
      },
    });
    expect(a.name).toBe('nlb');
    expect(a.config).toMatchObject({
      securityGroupIds: [],
      accessLogsEnabled: true,
      accessLogsBucket: 'logs',
      dropInvalidHeaderFields: null,
      deletionProtection: false,
    });
  });

  it('leaves attributes unknown when the record has none', () => {
    const a = mapOne({
      resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      resourceId: LB,
      configuration: {
        loadBalancerArn: LB,
        scheme: 'internal',
        type: 'application',
        vpcId: 'vpc-1',
        dNSName: null,
        securityGroups: [{ value: 'sg-9' }],
      },
    });
    expect(a.config.securityGroupIds).toEqual(['sg-9']);
    expect(unknownFields(a).sort()).toEqual(
      [
        'accessLogsBucket',
        'accessLogsEnabled',
        'deletionProtection',
        'dropInvalidHeaderFields',
        'desyncMitigationMode',
        'availabilityZones',
        // AWS Config records no web ACL association.
        'wafWebAclArn',
      ].sort(),
    );
  });

  it('reads a listener in camelCase as well as PascalCase', () => {
    const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/net/nlb/1234/abcd`;
    const a = mapOne({
      resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
      resourceId: arn,
      configuration: {
        listenerArn: arn,
        loadBalancerArn: LB,
        port: 443,
        protocol: 'tls',
        sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        certificates: [{ certificateArn: 'arn:aws:acm:us-east-2:111122223333:certificate/c' }],
        defaultActions: [
          { type: 'Forward', forwardConfig: { targetGroups: [{ targetGroupArn: 'tg-arn' }] } },
        ],
      },
    });
    expect(a.name).toBe('nlb:443');
    expect(a.config).toMatchObject({
      protocol: 'TLS',
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      certificateArns: ['arn:aws:acm:us-east-2:111122223333:certificate/c'],
      defaultActions: [{ type: 'forward', targetGroupArn: 'tg-arn', redirect: null }],
    });
  });

  it('leaves the policy of an HTTPS listener unknown when the record lacks it', () => {
    const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/alb/1234/abcd`;
    const a = mapOne({
      resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
      resourceId: arn,
      configuration: { LoadBalancerArn: LB, Port: 443, Protocol: 'HTTPS', DefaultActions: [] },
    });
    expect(isUnknown(a.config.sslPolicy)).toBe(true);
    expect(isUnknown(a.config.certificateArns)).toBe(true);
  });
});

describe('AWS::EKS::Cluster', () => {
  it('reads the EKS API spelling (clusterLogging list, encryptionConfig provider)', () => {
    const key = `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-1`;
    const a = mapOne({
      resourceType: 'AWS::EKS::Cluster',
      resourceId: 'c1',
      configuration: {
        name: 'c1',
        version: '1.29',
        status: 'ACTIVE',
        resourcesVpcConfig: {
          vpcId: 'vpc-7',
          subnetIds: ['subnet-1'],
          securityGroupIds: [],
          endpointPublicAccess: false,
          endpointPrivateAccess: true,
          publicAccessCidrs: ['0.0.0.0/0'],
        },
        logging: {
          clusterLogging: [
            { types: ['api', 'audit', 'authenticator'], enabled: true },
            { types: ['controllerManager', 'scheduler'], enabled: false },
          ],
        },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: key } }],
      },
    });
    expect(a.config).toMatchObject({
      status: 'ACTIVE',
      endpointPublicAccess: false,
      enabledLogTypes: ['api', 'audit', 'authenticator'],
      encryptionConfig: [{ resources: ['secrets'], keyArn: key }],
      vpcId: 'vpc-7',
    });
    expect(a.relations).toEqual([
      { kind: 'in-vpc', target: ec2('vpc', 'vpc-7') },
      { kind: 'encrypted-by', target: key },
    ]);
  });
});
