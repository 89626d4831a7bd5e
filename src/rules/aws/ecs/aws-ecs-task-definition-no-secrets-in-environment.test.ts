import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureContainer, secureTaskDefinition } from '../testing/edge-fixtures.js';
import { rule } from './aws-ecs-task-definition-no-secrets-in-environment.js';

const td = (c: Partial<typeof secureTaskDefinition>) =>
  assetOf('aws.ecs.task-definition', { ...secureTaskDefinition, ...c }, { name: 'app:3' });
const withContainer = (c: Partial<typeof secureContainer>, more: Partial<typeof secureTaskDefinition> = {}) =>
  td({ containers: [{ ...secureContainer, ...c }], ...more });

runRuleTests(rule, {
  valid: [td({}), withContainer({ environmentNames: ['TOKENIZER_MODE', 'SECRETS_DIR'] })],
  invalid: [
    {
      asset: withContainer({ environmentNames: ['AWS_SECRET_ACCESS_KEY', 'LOG_LEVEL', 'DB_PASSWORD'] }),
      messageId: 'secrets',
      message:
        'Task definition app:3 passes app/AWS_SECRET_ACCESS_KEY, app/DB_PASSWORD as plain environment variables',
    },
  ],
  unknown: [{ asset: td({ containers: unknown('not recorded') }), field: 'containers' }],
});
