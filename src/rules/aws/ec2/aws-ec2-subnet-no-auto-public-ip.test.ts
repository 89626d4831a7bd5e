import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ec2-subnet-no-auto-public-ip.js';

const subnet = (mapPublicIpOnLaunch: boolean | ReturnType<typeof unknown>) =>
  assetOf(
    'aws.ec2.subnet',
    {
      subnetId: 'subnet-1',
      vpcId: 'vpc-1',
      cidrBlock: '10.0.1.0/24',
      availabilityZone: 'us-east-1a',
      mapPublicIpOnLaunch,
    },
    { name: 'subnet-1' },
  );

runRuleTests(rule, {
  valid: [subnet(false)],
  invalid: [
    {
      asset: subnet(true),
      messageId: 'auto',
      message: 'Subnet subnet-1 assigns public IPv4 addresses to instances launched in it',
    },
  ],
  unknown: [{ asset: subnet(unknown('not recorded')), field: 'mapPublicIpOnLaunch' }],
});
