import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLambdaFunction } from '../testing/app-fixtures.js';
import { rule } from './aws-lambda-function-multi-az.js';

const fn = (c: Partial<typeof secureLambdaFunction>) =>
  assetOf('aws.lambda.function', { ...secureLambdaFunction, ...c }, { name: 'orders' });
const subnet = (subnetId: string, availabilityZone: string | ReturnType<typeof unknown>) =>
  assetOf(
    'aws.ec2.subnet',
    { subnetId, vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24', availabilityZone, mapPublicIpOnLaunch: false },
    { name: subnetId, uid: `arn:aws:ec2:us-east-1:111122223333:subnet/${subnetId}` },
  );
const twoZones = [subnet('subnet-0a', 'us-east-1a'), subnet('subnet-0b', 'us-east-1b')];

runRuleTests(rule, {
  valid: [{ asset: fn({}), related: twoZones }],
  invalid: [
    {
      asset: fn({}),
      related: [subnet('subnet-0a', 'us-east-1a'), subnet('subnet-0b', 'us-east-1a')],
      messageId: 'single',
      message: 'Lambda function orders runs in one Availability Zone only (us-east-1a)',
    },
    { name: 'one subnet', asset: fn({ subnetIds: ['subnet-0a'] }), related: twoZones, messageId: 'single' },
  ],
  unknown: [
    { asset: fn({ subnetIds: unknown('not recorded') }), field: 'subnetIds' },
    { name: 'a subnet not in the inventory', asset: fn({}), related: [twoZones[0]!], field: 'subnetIds' },
    {
      name: "a subnet's zone not known",
      asset: fn({}),
      related: [twoZones[0]!, subnet('subnet-0b', unknown('not recorded'))],
    },
  ],
  notApplicable: [{ asset: fn({ subnetIds: [] }), related: twoZones }],
});
