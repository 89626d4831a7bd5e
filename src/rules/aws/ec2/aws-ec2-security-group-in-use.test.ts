import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSecurityGroup } from '../testing/fixtures.js';
import { rule } from './aws-ec2-security-group-in-use.js';

const group = (config: Partial<typeof secureSecurityGroup>) =>
  assetOf('aws.ec2.security-group', { ...secureSecurityGroup, ...config }, { name: 'app' });
const eni = (securityGroupIds: string[] | ReturnType<typeof unknown>, region = 'us-east-1') =>
  assetOf(
    'aws.ec2.network-interface',
    {
      networkInterfaceId: 'eni-1',
      securityGroupIds,
      instanceId: 'i-1',
      interfaceType: 'interface',
      status: 'in-use',
      vpcId: 'vpc-0123456789abcdef0',
    },
    { name: 'eni-1', region },
  );

runRuleTests(rule, {
  valid: [
    { name: 'an interface uses the group', asset: group({}), related: [eni(['sg-0123456789abcdef0'])] },
  ],
  invalid: [
    {
      name: 'no interface uses it, where interfaces are recorded',
      asset: group({}),
      related: [eni(['sg-other'])],
      complete: ['aws.ec2.network-interface'],
      messageId: 'unused',
      message: 'Security group app (sg-0123456789abcdef0) is not attached to any network interface',
    },
    {
      name: 'only an interface in another region uses the group id',
      asset: group({}),
      related: [eni(['sg-0123456789abcdef0'], 'eu-west-1')],
      complete: ['aws.ec2.network-interface'],
      messageId: 'unused',
    },
  ],
  unknown: [
    { name: 'network interfaces not recorded', asset: group({}), field: 'network interfaces' },
    {
      asset: group({}),
      related: [eni(unknown('not recorded'))],
      complete: ['aws.ec2.network-interface'],
      field: 'network interface eni-1 securityGroupIds',
    },
    { asset: group({ groupId: unknown('x') }), field: 'groupId' },
  ],
  notApplicable: [group({ groupName: 'default' })],
});
