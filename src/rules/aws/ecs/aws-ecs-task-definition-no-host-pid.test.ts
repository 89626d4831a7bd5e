import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureTaskDefinition } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-task-definition-no-host-pid.js';

const td = (c: Partial<typeof secureTaskDefinition>) =>
  assetOf('aws.ecs.task-definition', { ...secureTaskDefinition, ...c }, { name: 'app:3' });

runRuleTests(rule, {
  valid: [td({}), td({ pidMode: 'task' })],
  invalid: [
    {
      asset: td({ pidMode: 'host' }),
      messageId: 'host',
      message: 'Task definition app:3 shares the host process namespace (pidMode host)',
    },
  ],
  unknown: [
    { asset: td({ pidMode: unknown('not recorded') }), field: 'pidMode' },
    { asset: td({ status: unknown('not recorded') }), field: 'status' },
  ],
  notApplicable: [td({ pidMode: 'host', status: 'INACTIVE' })],
});
