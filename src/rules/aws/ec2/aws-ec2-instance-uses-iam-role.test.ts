import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './aws-ec2-instance-uses-iam-role.js';

const instance = (config: Partial<typeof secureInstance>) =>
  assetOf('aws.ec2.instance', { ...secureInstance, ...config }, { name: 'web-1' });

runRuleTests(rule, {
  valid: [instance({}), instance({ state: 'stopped' })],
  invalid: [
    {
      asset: instance({ iamInstanceProfileArn: null }),
      messageId: 'noRole',
      message: 'Instance web-1 has no IAM instance profile',
    },
  ],
  unknown: [
    { asset: instance({ iamInstanceProfileArn: unknown('not recorded') }), field: 'iamInstanceProfileArn' },
    { asset: instance({ state: unknown('not recorded') }), field: 'state' },
  ],
  notApplicable: [instance({ state: 'terminated', iamInstanceProfileArn: null })],
});
