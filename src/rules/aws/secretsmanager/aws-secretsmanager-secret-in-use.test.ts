import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSecret } from '../testing/app-fixtures.js';
import { rule } from './aws-secretsmanager-secret-in-use.js';

const secret = (config: Partial<typeof secureSecret>) =>
  assetOf('aws.secretsmanager.secret', { ...secureSecret, ...config }, { name: 'db' });

runRuleTests(rule, {
  valid: [
    secret({}),
    {
      name: 'new and not read yet',
      asset: secret({ lastAccessedAt: null, createdAt: '2026-05-01T00:00:00Z' }),
    },
  ],
  invalid: [
    {
      asset: secret({ lastAccessedAt: '2026-01-01T00:00:00Z' }),
      messageId: 'unused',
      message: 'Secrets Manager secret db has not been read for 151 days (more than 90)',
    },
    {
      asset: secret({ lastAccessedAt: null }),
      messageId: 'unused',
      message: 'Secrets Manager secret db has not been read for 516 days (more than 90)',
    },
  ],
  unknown: [{ asset: secret({ lastAccessedAt: unknown('not recorded') }), field: 'lastAccessedAt' }],
});
