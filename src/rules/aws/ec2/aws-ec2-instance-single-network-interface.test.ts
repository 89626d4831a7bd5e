import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './aws-ec2-instance-single-network-interface.js';

const instance = (config: Partial<typeof secureInstance>) =>
  assetOf('aws.ec2.instance', { ...secureInstance, ...config }, { name: 'web' });

runRuleTests(rule, {
  valid: [instance({})],
  invalid: [
    {
      asset: instance({ networkInterfaceIds: ['eni-1', 'eni-2'] }),
      messageId: 'multiple',
      message: 'Instance web has 2 network interfaces (eni-1, eni-2)',
    },
  ],
  unknown: [
    { asset: instance({ networkInterfaceIds: unknown('not recorded') }), field: 'networkInterfaceIds' },
  ],
});
