import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStack } from '../testing/apps-fixtures.js';
import { rule } from './aws-cloudformation-stack-notifications-enabled.js';

const stack = (c: Partial<typeof secureStack>) =>
  assetOf('aws.cloudformation.stack', { ...secureStack, ...c }, { name: 'network' });

runRuleTests(rule, {
  valid: [stack({})],
  invalid: [
    {
      asset: stack({ notificationArns: [] }),
      messageId: 'none',
      message: 'CloudFormation stack network sends its events to no SNS topic',
    },
  ],
  unknown: [{ asset: stack({ notificationArns: unknown('not recorded') }), field: 'notificationArns' }],
});
