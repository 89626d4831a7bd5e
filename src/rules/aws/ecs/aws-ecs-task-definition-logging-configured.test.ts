import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureContainer, secureTaskDefinition } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-task-definition-logging-configured.js';

const td = (c: Partial<typeof secureTaskDefinition>) =>
  assetOf('aws.ecs.task-definition', { ...secureTaskDefinition, ...c }, { name: 'app:3' });
const withContainer = (c: Partial<typeof secureContainer>, more: Partial<typeof secureTaskDefinition> = {}) =>
  td({ containers: [{ ...secureContainer, ...c }], ...more });

runRuleTests(rule, {
  valid: [td({})],
  invalid: [
    {
      asset: withContainer({ logDriver: null }),
      messageId: 'none',
      message: 'Task definition app:3 has no log configuration for container(s) app',
    },
  ],
  unknown: [{ asset: td({ containers: unknown('not recorded') }), field: 'containers' }],
});
