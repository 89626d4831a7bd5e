import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSecret } from '../testing/app-fixtures.js';
import { rule } from './aws-secretsmanager-secret-rotated-recently.js';

const secret = (config: Partial<typeof secureSecret>) =>
  assetOf('aws.secretsmanager.secret', { ...secureSecret, ...config }, { name: 'db' });

runRuleTests(rule, {
  valid: [
    secret({}),
    {
      name: 'new and never rotated',
      asset: secret({ lastRotatedAt: null, createdAt: '2026-05-01T00:00:00Z' }),
    },
  ],
  invalid: [
    {
      asset: secret({ lastRotatedAt: '2025-12-01T00:00:00Z' }),
      messageId: 'stale',
      message: 'Secrets Manager secret db was last rotated 182 days ago (more than 90)',
    },
    {
      asset: secret({ rotationEnabled: false, lastRotatedAt: null }),
      messageId: 'stale',
      message: 'Secrets Manager secret db was last created (never rotated) 516 days ago (more than 90)',
    },
  ],
  unknown: [
    { asset: secret({ lastRotatedAt: unknown('not recorded') }), field: 'lastRotatedAt' },
    { asset: secret({ lastRotatedAt: null, createdAt: unknown('not recorded') }), field: 'createdAt' },
  ],
});
