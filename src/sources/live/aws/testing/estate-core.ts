/**
 * Test support: recordings for the core-service calls added after the first estate (root virtual MFA,
 * the security contact, ...), kept apart from `estate.ts` so that file stays small to merge. The
 * estate's answers: the root user's MFA is a virtual device; no security contact is registered.
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';

export function coreEstateRecordings(): Recording[] {
  return [
    {
      service: 'iam',
      operation: 'ListVirtualMFADevices',
      output: {
        VirtualMFADevices: [
          {
            SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`,
            User: {
              Arn: `arn:aws:iam::${ACCOUNT}:root`,
              UserId: ACCOUNT,
              UserName: '<root_account>',
              Path: '/',
              CreateDate: new Date('2020-01-01T00:00:00Z'),
            },
            EnableDate: new Date('2020-01-01T00:00:00Z'),
          },
        ],
        IsTruncated: false,
      },
    },
    // eu-west-1: one private snapshot, a launch template without public IPs, a locked access point.
    {
      service: 'ec2',
      operation: 'DescribeSnapshots',
      region: REGION,
      output: {
        Snapshots: [
          {
            SnapshotId: 'snap-0e1',
            VolumeId: 'vol-0e1',
            State: 'completed',
            Encrypted: true,
            OwnerId: ACCOUNT,
            StartTime: new Date('2026-05-01T00:00:00Z'),
          },
        ],
      },
    },
    {
      service: 'ec2',
      operation: 'DescribeSnapshotAttribute',
      region: REGION,
      output: { SnapshotId: 'snap-0e1', CreateVolumePermissions: [{ UserId: '444455556666' }] },
    },
    {
      service: 'ec2',
      operation: 'DescribeLaunchTemplates',
      region: REGION,
      output: {
        LaunchTemplates: [
          {
            LaunchTemplateId: 'lt-0e1',
            LaunchTemplateName: 'web',
            DefaultVersionNumber: 2,
            LatestVersionNumber: 2,
          },
        ],
      },
    },
    {
      service: 'ec2',
      operation: 'DescribeLaunchTemplateVersions',
      region: REGION,
      output: {
        LaunchTemplateVersions: [
          {
            LaunchTemplateId: 'lt-0e1',
            VersionNumber: 2,
            DefaultVersion: true,
            LaunchTemplateData: {
              ImageId: 'ami-0e1',
              NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
            },
          },
        ],
      },
    },
    {
      service: 's3-control',
      operation: 'ListAccessPoints',
      region: REGION,
      output: { AccessPointList: [{ Name: 'app', Bucket: 'nw-data', NetworkOrigin: 'Internet' }] },
    },
    {
      service: 's3-control',
      operation: 'GetAccessPoint',
      region: REGION,
      output: {
        Name: 'app',
        Bucket: 'nw-data',
        NetworkOrigin: 'Internet',
        BucketAccountId: ACCOUNT,
        AccessPointArn: `arn:aws:s3:${REGION}:${ACCOUNT}:accesspoint/app`,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      },
    },
    // Elsewhere: no snapshots, launch templates, transit gateways, network ACLs or access points.
    { service: 'ec2', operation: 'DescribeSnapshots', output: { Snapshots: [] } },
    { service: 'ec2', operation: 'DescribeLaunchTemplates', output: { LaunchTemplates: [] } },
    { service: 'ec2', operation: 'DescribeTransitGateways', output: { TransitGateways: [] } },
    { service: 'ec2', operation: 'DescribeNetworkAcls', output: { NetworkAcls: [] } },
    { service: 's3-control', operation: 'ListAccessPoints', output: { AccessPointList: [] } },
    { service: 'ec2', operation: 'DescribeSubnets', output: { Subnets: [] } },
    { service: 'ec2', operation: 'DescribeAddresses', output: { Addresses: [] } },
    {
      service: 'account',
      operation: 'GetAlternateContact',
      error: {
        status: 404,
        code: 'ResourceNotFoundException',
        message: 'No contact of the inputted alternate contact type found.',
      },
    },
  ];
}
