/**
 * Test support: the base estate's answers to the S3 data-management calls (lifecycle, event
 * notifications, replication) and the EC2 networking / Systems Manager calls (network interfaces, VPC
 * endpoints, VPN connections, Client VPN endpoints, managed instances), kept apart from `estate.ts`.
 * The estate's answers: no bucket has a lifecycle, notification or replication configuration; the
 * instance's one network interface (eni-0e1, in group web) is listed; nothing else exists, and SSM
 * manages no instance — as `fixtures/estate-config-snapshot.json` records it.
 */
import type { Recording } from './replay-server.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';

export function ec2s3Recordings(): Recording[] {
  return [
    {
      service: 's3',
      operation: 'GetBucketLifecycleConfiguration',
      error: {
        status: 404,
        code: 'NoSuchLifecycleConfiguration',
        message: 'The lifecycle configuration does not exist',
      },
    },
    { service: 's3', operation: 'GetBucketNotificationConfiguration', output: {} },
    {
      service: 's3',
      operation: 'GetBucketReplication',
      error: {
        status: 404,
        code: 'ReplicationConfigurationNotFoundError',
        message: 'The replication configuration was not found',
      },
    },
    {
      service: 'ec2',
      operation: 'DescribeNetworkInterfaces',
      region: REGION,
      output: {
        NetworkInterfaces: [
          {
            NetworkInterfaceId: 'eni-0e1',
            InterfaceType: 'interface',
            Status: 'in-use',
            VpcId: 'vpc-0e1',
            SubnetId: 'subnet-0s1',
            OwnerId: ACCOUNT,
            Groups: [{ GroupName: 'web', GroupId: 'sg-0aaa1111' }],
            Attachment: { InstanceId: 'i-0123456789abcdef0', DeviceIndex: 0, Status: 'attached' },
          },
        ],
      },
    },
    { service: 'ec2', operation: 'DescribeNetworkInterfaces', output: { NetworkInterfaces: [] } },
    { service: 'ec2', operation: 'DescribeVpcEndpoints', output: { VpcEndpoints: [] } },
    { service: 'ec2', operation: 'DescribeVpnConnections', output: { VpnConnections: [] } },
    { service: 'ec2', operation: 'DescribeClientVpnEndpoints', output: { ClientVpnEndpoints: [] } },
    { service: 'ssm', operation: 'DescribeInstanceInformation', output: { InstanceInformationList: [] } },
  ];
}
