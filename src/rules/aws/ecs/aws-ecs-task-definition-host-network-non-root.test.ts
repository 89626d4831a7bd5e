import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureContainer, secureTaskDefinition } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-task-definition-host-network-non-root.js';

const td = (c: Partial<typeof secureTaskDefinition>) =>
  assetOf('aws.ecs.task-definition', { ...secureTaskDefinition, ...c }, { name: 'app:3' });
const withContainer = (c: Partial<typeof secureContainer>, more: Partial<typeof secureTaskDefinition> = {}) =>
  td({ containers: [{ ...secureContainer, ...c }], ...more });

runRuleTests(rule, {
  valid: [withContainer({}, { networkMode: 'host' })],
  invalid: [
    {
      asset: withContainer({ user: null }, { networkMode: 'host' }),
      messageId: 'root',
      message: 'Task definition app:3 uses host networking and runs container(s) app as root or privileged',
    },
    { name: 'uid 0', asset: withContainer({ user: '0:0' }, { networkMode: 'host' }), messageId: 'root' },
    {
      name: 'privileged',
      asset: withContainer({ privileged: true }, { networkMode: 'host' }),
      messageId: 'root',
    },
  ],
  unknown: [
    { asset: td({ networkMode: 'host', containers: unknown('not recorded') }), field: 'containers' },
    { asset: td({ networkMode: unknown('not recorded') }), field: 'networkMode' },
  ],
  notApplicable: [td({}), td({ networkMode: 'host', status: 'INACTIVE' })],
});
