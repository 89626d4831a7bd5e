import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFlowLog, secureVpc, VPC_ARN } from '../testing/fixtures.js';
import { rule } from './aws-ec2-vpc-flow-logs-enabled.js';

const vpc = assetOf('aws.ec2.vpc', secureVpc, { name: 'main', uid: VPC_ARN });
const flowLog = (config: Partial<typeof secureFlowLog>, base: { region?: string; account?: string } = {}) =>
  assetOf(
    'aws.ec2.flow-log',
    { ...secureFlowLog, ...config },
    {
      name: 'fl-0123456789abcdef0',
      uid: 'arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/fl-0123456789abcdef0',
      relations: [{ kind: 'logs', target: VPC_ARN }],
      ...base,
    },
  );
/** A flow log of another VPC (no relation; matched by resource id only). */
const otherVpcLog = assetOf(
  'aws.ec2.flow-log',
  { ...secureFlowLog, resourceId: 'vpc-other' },
  { name: 'fl-other' },
);

runRuleTests(rule, {
  valid: [
    { name: 'ALL traffic, active', asset: vpc, related: [flowLog({})] },
    { name: 'REJECT traffic', asset: vpc, related: [flowLog({ trafficType: 'REJECT' })] },
    {
      name: 'matched by resource id without a relation',
      asset: vpc,
      related: [assetOf('aws.ec2.flow-log', secureFlowLog, { name: 'fl-2' })],
    },
    {
      name: 'an ACCEPT log beside an ALL log',
      asset: vpc,
      related: [
        flowLog({ trafficType: 'ACCEPT' }),
        assetOf('aws.ec2.flow-log', secureFlowLog, { name: 'fl-3', uid: 'fl-3' }),
      ],
    },
  ],
  invalid: [
    {
      name: 'no flow logs at all, where the source records flow logs',
      asset: vpc,
      complete: ['aws.ec2.flow-log'],
      messageId: 'none',
      message: 'VPC main has no flow log',
    },
    { name: 'only another VPC is logged', asset: vpc, related: [otherVpcLog], messageId: 'none' },
    {
      name: 'a flow log in another region does not count',
      asset: vpc,
      related: [flowLog({}, { region: 'eu-west-1' })],
      complete: ['aws.ec2.flow-log'],
      messageId: 'none',
    },
    {
      name: 'accepted traffic only',
      asset: vpc,
      related: [flowLog({ trafficType: 'ACCEPT' })],
      messageId: 'acceptOnly',
      message: 'VPC main flow log fl-0123456789abcdef0 captures only accepted traffic, not rejected traffic',
    },
    {
      name: 'a flow log that is not active',
      asset: vpc,
      related: [flowLog({ status: 'FAILED' })],
      messageId: 'inactive',
      message: 'VPC main flow log fl-0123456789abcdef0 is FAILED, not ACTIVE',
    },
  ],
  unknown: [
    {
      name: 'no flow log, and nothing shows flow logs are recorded in this account and region',
      asset: vpc,
      field: 'flow logs',
    },
    {
      name: 'the VPC id is unknown',
      asset: assetOf('aws.ec2.vpc', { ...secureVpc, vpcId: unknown('x') }),
      field: 'vpcId',
    },
    {
      name: 'the only flow log has an unknown traffic type',
      asset: vpc,
      related: [flowLog({ trafficType: unknown('not recorded') })],
      field: 'flow log fl-0123456789abcdef0 trafficType',
    },
    {
      name: 'a flow log whose target is unknown',
      asset: vpc,
      related: [
        assetOf(
          'aws.ec2.flow-log',
          { ...secureFlowLog, resourceId: unknown('not recorded') },
          { name: 'fl-9' },
        ),
      ],
      field: 'flow log fl-9 resourceId',
    },
  ],
});
