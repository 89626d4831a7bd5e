import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './aws-ec2-instance-no-public-ip.js';

const instance = (config: Partial<typeof secureInstance>) =>
  assetOf('aws.ec2.instance', { ...secureInstance, ...config }, { name: 'web-1' });

runRuleTests(rule, {
  valid: [instance({})],
  invalid: [
    {
      asset: instance({ publicIp: '203.0.113.10' }),
      messageId: 'publicIp',
      message: 'Instance web-1 has public IPv4 address 203.0.113.10',
    },
  ],
  unknown: [{ asset: instance({ publicIp: unknown('not recorded') }), field: 'publicIp' }],
  notApplicable: [instance({ state: 'terminated', publicIp: '203.0.113.10' })],
});
