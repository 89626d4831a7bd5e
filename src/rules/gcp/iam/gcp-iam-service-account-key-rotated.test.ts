import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { APP_SA, secureServiceAccountKey } from '../testing/fixtures.js';
import { rule } from './gcp-iam-service-account-key-rotated.js';

const key = (config: Partial<typeof secureServiceAccountKey>) =>
  assetOf(
    'gcp.iam.service-account-key',
    { ...secureServiceAccountKey, ...config },
    {
      name: '0a1b2c3d',
      uid: `//iam.googleapis.com/projects/acme-prod/serviceAccounts/${APP_SA}/keys/0a1b2c3d`,
      region: 'global',
    },
  );

const userKey = { keyType: 'USER_MANAGED' as const, validBeforeTime: '9999-12-31T23:59:59Z' };

runRuleTests(rule, {
  now: new Date('2026-06-01T00:00:00Z'),
  valid: [key({ ...userKey, validAfterTime: '2026-03-04T00:00:00Z' })],
  invalid: [
    {
      name: '90 days old',
      asset: key({ ...userKey, validAfterTime: '2026-03-03T00:00:00Z' }),
      messageId: 'old',
      message: `Key 0a1b2c3d of service account ${APP_SA} is 90 days old (created 2026-03-03T00:00:00Z)`,
    },
    {
      name: 'service account unknown still names the key',
      asset: key({
        ...userKey,
        validAfterTime: '2024-01-01T00:00:00Z',
        serviceAccountEmail: unknown('not resolved'),
      }),
      messageId: 'old',
      message: 'Key 0a1b2c3d of service account unknown is 882 days old (created 2024-01-01T00:00:00Z)',
    },
  ],
  unknown: [
    {
      asset: key({ ...userKey, validAfterTime: unknown('the key record has no validAfterTime') }),
      field: 'validAfterTime',
    },
    { asset: key({ keyType: unknown('the key record has no keyType') }), field: 'keyType' },
  ],
  notApplicable: [
    { name: 'system-managed', asset: key({ validAfterTime: '2020-01-01T00:00:00Z' }) },
    { name: 'disabled', asset: key({ ...userKey, disabled: true, validAfterTime: '2020-01-01T00:00:00Z' }) },
    {
      name: 'expired',
      asset: key({
        keyType: 'USER_MANAGED',
        validAfterTime: '2020-01-01T00:00:00Z',
        validBeforeTime: '2020-04-01T00:00:00Z',
      }),
    },
  ],
});
