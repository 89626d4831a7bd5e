import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSecret } from '../testing/app-fixtures.js';
import { rule } from './aws-secretsmanager-secret-rotation-enabled.js';

const secret = (config: Partial<typeof secureSecret>) =>
  assetOf('aws.secretsmanager.secret', { ...secureSecret, ...config }, { name: 'db' });

runRuleTests(rule, {
  valid: [secret({})],
  invalid: [
    {
      asset: secret({ rotationEnabled: false, rotationIntervalDays: null }),
      messageId: 'off',
      message: 'Secrets Manager secret db does not rotate automatically',
    },
  ],
  unknown: [{ asset: secret({ rotationEnabled: unknown('not recorded') }), field: 'rotationEnabled' }],
});
