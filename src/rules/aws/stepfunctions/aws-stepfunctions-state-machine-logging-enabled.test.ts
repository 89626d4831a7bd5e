import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureStateMachine } from '../testing/app-fixtures.js';
import { rule } from './aws-stepfunctions-state-machine-logging-enabled.js';

const sm = (config: Partial<typeof secureStateMachine>) =>
  assetOf('aws.stepfunctions.state-machine', { ...secureStateMachine, ...config }, { name: 'checkout' });

runRuleTests(rule, {
  valid: [sm({}), sm({ loggingLevel: 'ALL' })],
  invalid: [
    {
      asset: sm({ loggingLevel: 'OFF' }),
      messageId: 'off',
      message: 'Step Functions state machine checkout does not log its executions',
    },
  ],
  unknown: [{ asset: sm({ loggingLevel: unknown('not recorded') }), field: 'loggingLevel' }],
});
