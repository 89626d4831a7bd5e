/**
 * The S3 data-management settings, the EC2 instance fields for FSBP EC2.4/17/24 and the EC2 networking
 * and SSM types, on the shapes AWS Config records: replication and notification configurations keyed by
 * id, lifecycle rules with null members, CloudFormation-spelled Client VPN endpoints, `state.value`,
 * and the managed instance inventory's `AWS:InstanceInformation` content.
 */
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../../inventory/build.js';
import { assetTypeDef } from '../../../../inventory/types.js';
import type { AnyAsset, SourceRef } from '../../../../model/asset.js';
import { isUnknown } from '../../../../model/unknown.js';
import { normaliseItem } from '../item.js';
import { transitionTime } from './ec2.js';
import { CONFIG_MAPPERS } from './index.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const SOURCE: SourceRef = { kind: 'import', format: 'test', file: 'test.json', position: 'item' };

function mapOne(raw: Record<string, unknown>): AnyAsset {
  const item = normaliseItem({ accountId: ACCOUNT, awsRegion: REGION, ...raw });
  if (typeof item === 'string') throw new Error(item);
  const mapper = CONFIG_MAPPERS[item.resourceType];
  if (!mapper) throw new Error(`no mapper for ${item.resourceType}`);
  const [m] = mapper(item, SOURCE);
  if (!m) throw new Error('nothing mapped');
  const { asset, warnings } = buildAsset(assetTypeDef(m.type)!, m.candidate);
  expect(warnings).toEqual([]);
  return asset;
}

describe('AWS::S3::Bucket data-management settings', () => {
  const bucket = (supplementaryConfiguration?: Record<string, unknown>) =>
    mapOne({
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'b',
      resourceName: 'b',
      configuration: { name: 'b' },
      ...(supplementaryConfiguration === undefined ? {} : { supplementaryConfiguration }),
    });

  it('reads lifecycle rules, notifications and replication rules keyed by id', () => {
    const a = bucket({
      BucketLifecycleConfiguration: {
        rules: [
          { id: 'Docs', prefix: null, status: 'Enabled', filter: { predicate: null }, transitions: null },
          { id: 'Old', status: 'Disabled' },
        ],
      },
      BucketNotificationConfiguration: {
        configurations: {
          a: { type: 'QueueConfiguration', queueARN: 'arn:aws:sqs:us-east-1:1:q', events: [] },
          b: { type: 'LambdaConfiguration', functionARN: 'arn:aws:lambda:us-east-1:1:function:f' },
          rabbit: { type: 'TopicConfiguration', topicARN: 'arn:aws:sns:us-east-1:1:t' },
        },
      },
      BucketReplicationConfiguration: {
        roleARN: 'arn:aws:iam::1:role/r',
        rules: {
          'testing-99': {
            prefix: '',
            status: 'Enabled',
            destinationConfig: { Account: '000111222333', bucketARN: 'arn:aws:s3:::testing-west' },
          },
        },
      },
    });
    expect(a.config.lifecycleRules).toEqual([
      { id: 'Docs', status: 'Enabled' },
      { id: 'Old', status: 'Disabled' },
    ]);
    expect(a.config.eventNotifications).toEqual(['queue', 'lambda', 'topic']);
    expect(a.config.replicationRules).toEqual([
      { id: 'testing-99', status: 'Enabled', destinationBucket: 'arn:aws:s3:::testing-west' },
    ]);
  });

  it('reads absent or null configurations as none, and EventBridge delivery', () => {
    const a = bucket({
      BucketNotificationConfiguration: { configurations: {}, eventBridgeConfiguration: {} },
      BucketReplicationConfiguration: null,
    });
    expect(a.config.lifecycleRules).toEqual([]);
    expect(a.config.eventNotifications).toEqual(['eventbridge']);
    expect(a.config.replicationRules).toEqual([]);
  });

  it('leaves them unknown when the record has no supplementary configuration', () => {
    const a = bucket();
    for (const f of ['lifecycleRules', 'eventNotifications', 'replicationRules'])
      expect(isUnknown(a.config[f]), f).toBe(true);
  });
});

describe('AWS::EC2::Instance fields for EC2.4, EC2.17, EC2.24', () => {
  it('reads network interfaces, virtualization type and the stop time', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-1',
      configuration: {
        instanceId: 'i-1',
        instanceType: 'm1.small',
        imageId: 'ami-1',
        state: { code: 80, name: 'stopped' },
        stateTransitionReason: 'User initiated (2026-03-01 10:00:00 GMT)',
        virtualizationType: 'paravirtual',
        networkInterfaces: [{ networkInterfaceId: 'eni-1' }, { networkInterfaceId: 'eni-2' }],
      },
    });
    expect(a.config.networkInterfaceIds).toEqual(['eni-1', 'eni-2']);
    expect(a.config.virtualizationType).toBe('paravirtual');
    expect(a.config.stateTransitionTime).toBe('2026-03-01T10:00:00Z');
  });

  it('a reason without a time is null; no reason at all is unknown', () => {
    expect(transitionTime('')).toBeNull();
    expect(transitionTime('Server.SpotInstanceTermination: Spot instance termination')).toBeNull();
    const a = mapOne({
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-2',
      configuration: { instanceId: 'i-2', instanceType: 't3.micro', imageId: 'ami-1', state: 'running' },
    });
    expect(isUnknown(a.config.stateTransitionTime)).toBe(true);
    expect(isUnknown(a.config.networkInterfaceIds)).toBe(true);
    expect(isUnknown(a.config.virtualizationType)).toBe(true);
  });
});

describe('EC2 networking and SSM managed instances', () => {
  it('AWS::EC2::NetworkInterface: groups, attachment', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::NetworkInterface',
      resourceId: 'eni-1',
      configuration: {
        networkInterfaceId: 'eni-1',
        interfaceType: 'interface',
        status: 'in-use',
        vpcId: 'vpc-1',
        groups: [{ groupId: 'sg-1', groupName: 'web' }],
        attachment: { instanceId: 'i-1' },
      },
    });
    expect(a.config).toMatchObject({ securityGroupIds: ['sg-1'], instanceId: 'i-1', status: 'in-use' });
    expect(a.uid).toBe(`arn:aws:ec2:${REGION}:${ACCOUNT}:network-interface/eni-1`);
  });

  it('AWS::EC2::VPCEndpoint and ::VPNConnection: state.value', () => {
    const e = mapOne({
      resourceType: 'AWS::EC2::VPCEndpoint',
      resourceId: 'vpce-1',
      configuration: {
        vpcEndpointId: 'vpce-1',
        vpcId: 'vpc-1',
        serviceName: 'com.amazonaws.us-east-1.ec2',
        vpcEndpointType: 'Interface',
        state: { value: 'available' },
      },
    });
    expect(e.config.state).toBe('available');
    const v = mapOne({
      resourceType: 'AWS::EC2::VPNConnection',
      resourceId: 'vpn-1',
      configuration: {
        vpnConnectionId: 'vpn-1',
        state: { value: 'available' },
        vgwTelemetry: [
          { outsideIpAddress: '198.51.100.1', status: 'UP' },
          { outsideIpAddress: '198.51.100.2', status: 'DOWN' },
        ],
      },
    });
    expect(v.config.tunnels).toEqual([
      { outsideIpAddress: '198.51.100.1', status: 'UP' },
      { outsideIpAddress: '198.51.100.2', status: 'DOWN' },
    ]);
  });

  it('AWS::EC2::ClientVpnEndpoint in the CloudFormation spelling', () => {
    const a = mapOne({
      resourceType: 'AWS::EC2::ClientVpnEndpoint',
      resourceId: 'cvpn-endpoint-1',
      configuration: { ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: 'vpn' }, VpcId: 'vpc-1' },
    });
    expect(a.config).toEqual({ clientVpnEndpointId: 'cvpn-endpoint-1', connectionLogEnabled: true });
  });

  it('AWS::SSM::ManagedInstanceInventory: the instance it manages', () => {
    const a = mapOne({
      resourceType: 'AWS::SSM::ManagedInstanceInventory',
      resourceId: 'i-1',
      configuration: {
        'AWS:InstanceInformation': { Content: { 'i-1': { InstanceId: 'i-1', InstanceStatus: 'Active' } } },
      },
    });
    expect(a.config).toEqual({ instanceId: 'i-1', pingStatus: 'Active' });
    expect(a.relations).toEqual([
      { kind: 'manages', target: `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-1` },
    ]);
  });
});
