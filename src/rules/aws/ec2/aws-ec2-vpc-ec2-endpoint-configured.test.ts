import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureVpc, VPC_ARN } from '../testing/fixtures.js';
import { rule } from './aws-ec2-vpc-ec2-endpoint-configured.js';

const vpc = assetOf('aws.ec2.vpc', secureVpc, { name: 'main', uid: VPC_ARN });
const endpoint = (
  config: Partial<{ serviceName: string; vpcEndpointType: string; state: string; vpcId: unknown }>,
) =>
  assetOf(
    'aws.ec2.vpc-endpoint',
    {
      vpcEndpointId: 'vpce-1',
      vpcId: 'vpc-0123456789abcdef0',
      serviceName: 'com.amazonaws.us-east-1.ec2',
      vpcEndpointType: 'Interface',
      state: 'available',
      ...(config as object),
    },
    { name: 'vpce-1' },
  );

runRuleTests(rule, {
  valid: [{ asset: vpc, related: [endpoint({})] }],
  invalid: [
    {
      name: 'no endpoint, where endpoints are recorded',
      asset: vpc,
      complete: ['aws.ec2.vpc-endpoint'],
      messageId: 'none',
      message: 'VPC main has no interface endpoint for the EC2 API (com.amazonaws.us-east-1.ec2)',
    },
    {
      name: 'an S3 gateway endpoint only',
      asset: vpc,
      related: [endpoint({ serviceName: 'com.amazonaws.us-east-1.s3', vpcEndpointType: 'Gateway' })],
      messageId: 'none',
    },
    {
      name: 'an EC2 endpoint of another VPC',
      asset: vpc,
      related: [endpoint({ vpcId: 'vpc-other' })],
      messageId: 'none',
    },
    {
      name: 'an EC2 endpoint being deleted',
      asset: vpc,
      related: [endpoint({ state: 'deleting' })],
      messageId: 'none',
    },
  ],
  unknown: [
    { name: 'endpoints not recorded', asset: vpc, field: 'VPC endpoints' },
    { asset: vpc, related: [endpoint({ vpcId: unknown('x') })], field: 'VPC endpoint vpce-1' },
    { asset: assetOf('aws.ec2.vpc', { ...secureVpc, vpcId: unknown('x') }), field: 'vpcId' },
  ],
});
