import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureContainer, secureTaskDefinition } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-task-definition-read-only-root-filesystem.js';

const td = (c: Partial<typeof secureTaskDefinition>) =>
  assetOf('aws.ecs.task-definition', { ...secureTaskDefinition, ...c }, { name: 'app:3' });
const withContainer = (c: Partial<typeof secureContainer>, more: Partial<typeof secureTaskDefinition> = {}) =>
  td({ containers: [{ ...secureContainer, ...c }], ...more });

runRuleTests(rule, {
  valid: [td({})],
  invalid: [
    {
      asset: withContainer({ readonlyRootFilesystem: false }),
      messageId: 'writable',
      message: 'Task definition app:3 gives container(s) app a writable root file system',
    },
    { name: 'not set', asset: withContainer({ readonlyRootFilesystem: null }), messageId: 'writable' },
  ],
  unknown: [{ asset: td({ containers: unknown('not recorded') }), field: 'containers' }],
});
