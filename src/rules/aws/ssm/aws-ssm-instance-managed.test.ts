import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './aws-ssm-instance-managed.js';

const instance = (config: Partial<typeof secureInstance> = {}) =>
  assetOf('aws.ec2.instance', { ...secureInstance, ...config }, { name: 'web' });
const managed = (instanceId: string, region = 'us-east-1') =>
  assetOf('aws.ssm.managed-instance', { instanceId, pingStatus: 'Online' }, { name: instanceId, region });

runRuleTests(rule, {
  valid: [{ asset: instance(), related: [managed('i-0123456789abcdef0')] }],
  invalid: [
    {
      name: 'SSM lists other instances only',
      asset: instance(),
      related: [managed('i-other')],
      complete: ['aws.ssm.managed-instance'],
      messageId: 'unmanaged',
      message: 'Instance web is not managed by Systems Manager',
    },
    {
      name: 'the same id managed in another region does not count',
      asset: instance(),
      related: [managed('i-0123456789abcdef0', 'eu-west-1')],
      complete: ['aws.ssm.managed-instance'],
      messageId: 'unmanaged',
    },
  ],
  unknown: [
    { name: 'managed instances not read (denied)', asset: instance(), field: 'managed instances' },
    { asset: instance({ instanceId: unknown('x') }), field: 'instanceId' },
  ],
});
