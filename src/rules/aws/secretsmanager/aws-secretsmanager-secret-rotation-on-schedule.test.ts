import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSecret } from '../testing/app-fixtures.js';
import { rule } from './aws-secretsmanager-secret-rotation-on-schedule.js';

const secret = (config: Partial<typeof secureSecret>) =>
  assetOf('aws.secretsmanager.secret', { ...secureSecret, ...config }, { name: 'db' });

runRuleTests(rule, {
  valid: [
    secret({}),
    { name: 'within the grace period', asset: secret({ lastRotatedAt: '2026-04-30T00:00:00Z' }) },
  ],
  invalid: [
    {
      asset: secret({ lastRotatedAt: null }),
      messageId: 'never',
      message: 'Secrets Manager secret db has rotation enabled but has never rotated',
    },
    {
      asset: secret({ lastRotatedAt: '2026-03-01T00:00:00Z' }),
      messageId: 'late',
      message: 'Secrets Manager secret db last rotated 92 days ago, but rotates every 30 days',
    },
  ],
  notApplicable: [secret({ rotationEnabled: false }), secret({ rotationIntervalDays: null })],
  unknown: [
    { asset: secret({ lastRotatedAt: unknown('not recorded') }), field: 'lastRotatedAt' },
    { asset: secret({ rotationEnabled: unknown('not recorded') }), field: 'rotationEnabled' },
  ],
});
