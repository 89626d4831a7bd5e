import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureContainer, secureTaskDefinition } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-task-definition-no-privileged-containers.js';

const td = (c: Partial<typeof secureTaskDefinition>) =>
  assetOf('aws.ecs.task-definition', { ...secureTaskDefinition, ...c }, { name: 'app:3' });
const withContainer = (c: Partial<typeof secureContainer>, more: Partial<typeof secureTaskDefinition> = {}) =>
  td({ containers: [{ ...secureContainer, ...c }], ...more });

runRuleTests(rule, {
  valid: [td({}), withContainer({ privileged: null })],
  invalid: [
    {
      asset: withContainer({ privileged: true }),
      messageId: 'privileged',
      message: 'Task definition app:3 runs privileged container(s) app',
    },
  ],
  unknown: [{ asset: td({ containers: unknown('not recorded') }), field: 'containers' }],
  notApplicable: [withContainer({ privileged: true }, { status: 'INACTIVE' })],
});
